package app.cadence.common.paging;

import static org.hamcrest.Matchers.containsString;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import app.cadence.support.Api;
import app.cadence.support.Clients;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A cursor of the right shape (as many values as the list's cursors carry) whose first value is not
 * the date or timestamp that list pages by. Cursors are opaque, but a client can forge one: it is the
 * client's error (400), never the server's. The schema fuzzer found the plan-review worklist
 * answering 500 to one.
 */
@QuarkusTest
class ForgedCursorTest {

    private static final String MALFORMED = "The cursor is not one this server issued";

    private final Api therapist = Api.newTherapist();
    private final Api supervisor = Api.newSupervisor();

    @Test
    void shouldRefuseACursorWhoseDateIsNotADate() {
        refused(therapist, "/api/v1/worklist/plan-reviews", forged("not-a-date"));
        refused(therapist, "/api/v1/worklist/plan-reviews", forged("2026-02-30"));
    }

    @Test
    void shouldRefuseACursorWhoseTimestampIsNotATimestamp() {
        String clientId = Clients.create(therapist);
        refused(therapist, "/api/v1/clients/" + clientId + "/sessions", forged("yesterday"));
        refused(supervisor, "/api/v1/audit-events", forged("2026-12-01"));
    }

    private static String forged(String first) {
        String values = first + "\u001f" + UUID.randomUUID();
        return Base64.getUrlEncoder().withoutPadding().encodeToString(values.getBytes(StandardCharsets.UTF_8));
    }

    private static void refused(Api caller, String path, String cursor) {
        caller.request().queryParam("cursor", cursor).get(path).then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("detail", containsString(MALFORMED));
    }
}
