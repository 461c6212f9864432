package app.cadence.common.idempotency;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response.Status;

import org.junit.jupiter.api.Test;

import app.cadence.support.Api;
import app.cadence.support.Clients;
import app.cadence.support.Sql;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** Keys are kept for 24 hours (the default retention); then a retry is a new request and the purge removes them. */
@QuarkusTest
class IdempotencyRetentionTest {

    @Inject
    IdempotencyPurge purge;

    @Test
    void shouldTreatARetryAfterTheRetentionAsANewRequest() throws SQLException {
        Api integration = Api.newIntegration();
        String key = UUID.randomUUID().toString();
        String first = post(integration, key, Clients.child()).then().statusCode(Status.CREATED.getStatusCode())
                .extract().path("id");
        // Within the retention, the same key with another request is refused.
        post(integration, key, Clients.child()).then().statusCode(422);

        age(integration.subject(), key, "24 hours 1 minute");
        Map<String, Object> later = Clients.child();
        Response afterExpiry = post(integration, key, later);
        assertThat(afterExpiry.statusCode()).isEqualTo(Status.CREATED.getStatusCode());
        assertThat(afterExpiry.header("Idempotency-Replayed")).isNull();
        assertThat(afterExpiry.jsonPath().getString("id")).isNotEqualTo(first);

        // The key now belongs to the new request: its retry replays it.
        Response retry = post(integration, key, later);
        assertThat(retry.statusCode()).isEqualTo(Status.CREATED.getStatusCode());
        assertThat(retry.header("Idempotency-Replayed")).isEqualTo("true");
        assertThat(retry.jsonPath().getString("id")).isEqualTo(afterExpiry.jsonPath().getString("id"));
        assertThat(keys("where subject = '" + integration.subject() + "'")).isEqualTo(1);
    }

    @Test
    void shouldPurgeExpiredKeysInBatchesAndKeepFreshOnes() throws SQLException {
        String subject = "purge-" + UUID.randomUUID();
        int expired = IdempotencyPurge.BATCH * 2 + 17;
        Sql.execute("""
                insert into idempotency_key (subject, idempotency_key, fingerprint, status, created_at)
                select ?, 'old-' || n, repeat('0', 64), 201, now() - interval '24 hours 1 minute'
                from generate_series(1, ?) n""", subject, expired);
        Sql.execute("""
                insert into idempotency_key (subject, idempotency_key, fingerprint, status, created_at)
                values (?, 'fresh', repeat('0', 64), 201, now() - interval '23 hours 59 minutes')""", subject);

        int purged = purge.purge();

        assertThat(purged).isGreaterThanOrEqualTo(expired);
        assertThat(keys("where subject = '" + subject + "' and idempotency_key like 'old-%'")).isZero();
        assertThat(keys("where subject = '" + subject + "' and idempotency_key = 'fresh'")).isEqualTo(1);
        assertThat(keys("where created_at < now() - interval '24 hours'")).isZero();
    }

    private static Response post(Api caller, String key, Map<String, Object> client) {
        return caller.request().header("Idempotency-Key", key).body(client).post("/api/v1/clients");
    }

    private static void age(String subject, String key, String by) {
        Sql.execute("update idempotency_key set created_at = created_at - cast(? as interval) "
                + "where subject = ? and idempotency_key = ?", by, subject, key);
    }

    private static long keys(String where) throws SQLException {
        try (Connection sql = Sql.connect();
                PreparedStatement count = sql.prepareStatement("select count(*) from idempotency_key " + where);
                ResultSet row = count.executeQuery()) {
            row.next();
            return row.getLong(1);
        }
    }
}
