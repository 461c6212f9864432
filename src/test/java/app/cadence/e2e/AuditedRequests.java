package app.cadence.e2e;

import java.net.URI;
import java.net.http.HttpRequest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

import app.cadence.support.TestDatabase;

/**
 * What the durability tests of the packaged application share: requests that carry their own
 * request id, and which of those ids the audit trail holds afterwards.
 */
final class AuditedRequests {

    private AuditedRequests() {
    }

    /** A JSON request to the packaged application with a bearer token and the given request id. */
    static HttpRequest.Builder request(CadenceServer cadence, String path, String token, String requestId) {
        return HttpRequest.newBuilder(URI.create(cadence.url + path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .header("X-Request-Id", requestId);
    }

    /** The request ids among these that have an audit event in the database, read as its administrator. */
    static Set<String> recordedRequestIds(String databaseName, Collection<String> requestIds) throws Exception {
        Set<String> found = new HashSet<>();
        try (Connection database = TestDatabase.server().admin(databaseName);
                PreparedStatement query = database.prepareStatement(
                        "select request_id from audit_event where request_id = any (?)")) {
            query.setArray(1, database.createArrayOf("varchar", requestIds.toArray()));
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    found.add(rows.getString(1));
                }
            }
        }
        return found;
    }
}
