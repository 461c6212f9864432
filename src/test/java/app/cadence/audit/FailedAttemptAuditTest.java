package app.cadence.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import app.cadence.goal.Goals;
import app.cadence.session.SessionFixtures;
import app.cadence.support.Api;
import app.cadence.support.Clients;
import app.cadence.support.Sql;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

/**
 * Issue 10: every failed attempt on client data leaves exactly one audit event with its outcome
 * (403 denied, 404 not-found, anything else error) and no partial data, whether the operation's own
 * checks refused it (403, 404, 409, 412, 422, 428) or it was refused before it ran, while its body
 * was read (400, 422 for an unknown code). Each status is tried on an operation of each kind.
 */
@QuarkusTest
class FailedAttemptAuditTest {

    private static final String CLIENTS = "/api/v1/clients/";
    private static final String SESSIONS = "/api/v1/sessions/";
    private static final String MALFORMED = "{\"domain\": ";

    private final Api supervisor = Api.newSupervisor();
    private final Api therapist = Api.newTherapist();
    private final Api ccls = Api.newChildLifeSpecialist();
    private final Api outsider = Api.newTherapist();

    @Test
    void shouldRecordEachRefusedCreateOnceAndStoreNothing() {
        String clientId = teamClient();
        String goals = CLIENTS + clientId + "/goals";
        Map<String, Object> unknownDomain = new LinkedHashMap<>(Goals.percent());
        unknownDomain.put("domain", "spiritual");
        Map<String, Object> noStatement = new LinkedHashMap<>(Goals.percent());
        noStatement.remove("statement");

        List<Attempt> attempts = List.of(
                new Attempt(therapist, "POST", goals, MALFORMED, null, 400, "error"),
                new Attempt(therapist, "POST", goals, Map.of("domain", 7), null, 400, "error"),
                new Attempt(therapist, "POST", goals, unknownDomain, null, 422, "error"),
                new Attempt(therapist, "POST", goals, noStatement, null, 422, "error"),
                new Attempt(ccls, "POST", goals, Goals.percent(), null, 403, "denied"),
                new Attempt(outsider, "POST", goals, Goals.percent(), null, 404, "not-found"));
        for (Attempt attempt : attempts) {
            attempt.expectOneEvent("create", "goal");
        }
        assertThat(Sql.count("select count(*) from goal where client_id = ?", UUID.fromString(clientId))).isZero();

        // 409: an identifier that belongs to another client.
        Map<String, Object> taken = Clients.child();
        Clients.create(therapist, taken);
        long clients = Sql.count("select count(*) from client");
        new Attempt(therapist, "POST", "/api/v1/clients", taken, null, 409, "error").expectOneEvent("create", "client");
        assertThat(Sql.count("select count(*) from client")).isEqualTo(clients);
    }

    @Test
    void shouldRecordEachRefusedUpdateOnceAndChangeNothing() {
        String clientId = teamClient();
        String goalId = Goals.create(therapist, clientId, Goals.percent());
        String goal = "/api/v1/goals/" + goalId;
        Map<String, Object> changed = new LinkedHashMap<>(Goals.percent());
        changed.put("statement", "Changed by a refused request");
        Map<String, Object> badStatus = new LinkedHashMap<>(changed);
        badStatus.put("status", "finished");
        Map<String, Object> outOfRange = new LinkedHashMap<>(changed);
        outOfRange.put("target", 180);

        List<Attempt> attempts = List.of(
                new Attempt(therapist, "PUT", goal, MALFORMED, "\"0\"", 400, "error"),
                new Attempt(therapist, "PUT", goal, badStatus, "\"0\"", 422, "error"),
                new Attempt(therapist, "PUT", goal, outOfRange, "\"0\"", 422, "error"),
                new Attempt(therapist, "PUT", goal, Goals.withStatus(changed, "achieved"), "\"0\"", 409, "error"),
                new Attempt(therapist, "PUT", goal, changed, "\"5\"", 412, "error"),
                new Attempt(therapist, "PUT", goal, changed, null, 428, "error"),
                new Attempt(ccls, "PUT", goal, changed, "\"0\"", 403, "denied"),
                new Attempt(outsider, "PUT", goal, changed, "\"0\"", 404, "not-found"));
        for (Attempt attempt : attempts) {
            attempt.expectOneEvent("update", "goal");
        }
        therapist.request().get(goal).then().statusCode(200).header("ETag", "\"0\"")
                .body("statement", equalTo(Goals.percent().get("statement")));
    }

    @Test
    void shouldRecordEachRefusedSignatureOnce() {
        String sessionId = sessionWithDraftNote();
        String sign = SESSIONS + sessionId + "/note/sign";

        new Attempt(therapist, "POST", sign, null, null, 400, "error").withIdempotencyKey("not ascii \u00e9")
                .expectOneEvent("sign", "session-note");
        new Attempt(ccls, "POST", sign, null, null, 403, "denied").expectOneEvent("sign", "session-note");
        new Attempt(outsider, "POST", sign, null, null, 404, "not-found").expectOneEvent("sign", "session-note");
        assertThat(noteStatus(sessionId)).isEqualTo("draft");

        String key = UUID.randomUUID().toString();
        therapist.request().header("Idempotency-Key", key).post(sign).then().statusCode(200);
        new Attempt(therapist, "POST", sign, null, null, 409, "error").expectOneEvent("sign", "session-note");
        // The same key on another request: 422.
        new Attempt(therapist, "POST", SESSIONS + UUID.randomUUID() + "/note/sign", null, null, 422, "error")
                .withIdempotencyKey(key).expectOneEvent("sign", "session-note");
        assertThat(noteStatus(sessionId)).isEqualTo("signed");
    }

    @Test
    void shouldRecordEachRefusedAddendumOnceAndAddNothing() {
        String sessionId = sessionWithDraftNote();
        String addenda = SESSIONS + sessionId + "/note/addenda";
        Map<String, Object> text = Map.of("text", "Hummed the song through the next IV start.");

        new Attempt(ccls, "POST", addenda, text, null, 409, "error").expectOneEvent("addendum", "addendum");
        therapist.request().post(SESSIONS + sessionId + "/note/sign").then().statusCode(200);
        List<Attempt> attempts = List.of(
                new Attempt(ccls, "POST", addenda, "{\"text\": 12}", null, 400, "error"),
                new Attempt(ccls, "POST", addenda, Map.of("text", " "), null, 422, "error"),
                new Attempt(ccls, "POST", addenda, Map.of("text", "Hummed\u0000"), null, 422, "error"),
                new Attempt(supervisor, "POST", addenda, text, null, 403, "denied"),
                new Attempt(outsider, "POST", addenda, text, null, 404, "not-found"));
        for (Attempt attempt : attempts) {
            attempt.expectOneEvent("addendum", "addendum");
        }
        assertThat(Sql.count("select count(*) from note_addendum a join session_note n on n.id = a.note_id where n.session_id = ?",
                UUID.fromString(sessionId))).isZero();
    }

    @Test
    void shouldRecordARefusalOfTheRoleCheckOnceWithTheOperationItWasAbout() {
        String clientId = teamClient();
        Api visitor = Api.as("visitor-" + UUID.randomUUID(), "nurse");
        Map<String, Object> event = new Attempt(visitor, "POST", CLIENTS + clientId + "/goals", Goals.percent(), null, 403,
                "denied").expectOneEvent("create", "goal");
        assertThat(event).containsEntry("client_id", clientId).containsEntry("actor_subject", visitor.subject());
    }

    /** One request, sent with its own request id, and what it must have left in the trail. */
    private record Attempt(Api caller, String method, String path, Object body, String ifMatch, int status,
            String outcome, String idempotencyKey) {

        Attempt(Api caller, String method, String path, Object body, String ifMatch, int status, String outcome) {
            this(caller, method, path, body, ifMatch, status, outcome, null);
        }

        Attempt withIdempotencyKey(String key) {
            return new Attempt(caller, method, path, body, ifMatch, status, outcome, key);
        }

        /** Sends the request, checks its status and problem body, and returns its only event. */
        Map<String, Object> expectOneEvent(String action, String resourceType) {
            String requestId = "attempt-" + UUID.randomUUID();
            RequestSpecification request = caller.request().header("X-Request-Id", requestId);
            if (body != null) {
                request.body(body);
            }
            if (ifMatch != null) {
                request.header("If-Match", ifMatch);
            }
            if (idempotencyKey != null) {
                request.header("Idempotency-Key", idempotencyKey);
            }
            request.request(method, path).then().statusCode(status).contentType("application/problem+json");
            List<Map<String, Object>> events = eventsOf(requestId);
            String what = method + " " + path + " → " + status;
            assertThat(events).as(what).hasSize(1);
            assertThat(events.get(0)).as(what).containsEntry("outcome", outcome).containsEntry("action", action)
                    .containsEntry("resource_type", resourceType);
            return events.get(0);
        }
    }

    private static List<Map<String, Object>> eventsOf(String requestId) {
        try (Connection sql = Sql.connect(); PreparedStatement query = sql.prepareStatement(
                "select outcome, action, resource_type, client_id::text, actor_subject from audit_event where request_id = ?")) {
            query.setString(1, requestId);
            List<Map<String, Object>> events = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    Map<String, Object> event = new LinkedHashMap<>();
                    event.put("outcome", rows.getString(1));
                    event.put("action", rows.getString(2));
                    event.put("resource_type", rows.getString(3));
                    event.put("client_id", rows.getString(4));
                    event.put("actor_subject", rows.getString(5));
                    events.add(event);
                }
            }
            return events;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An active client of the therapist, followed by the CCLS. */
    private String teamClient() {
        Map<String, Object> body = Clients.child();
        body.put("status", "active");
        String clientId = Clients.create(therapist, body);
        supervisor.request().body(Map.of("staffId", ccls.staffId(), "role", "child-life-specialist"))
                .post(CLIENTS + clientId + "/care-team").then().statusCode(201);
        return clientId;
    }

    /** A completed session of a team client, documented by the therapist with a draft note. */
    private String sessionWithDraftNote() {
        String sessionId = SessionFixtures.create(therapist, teamClient(), SessionFixtures.completed(lastWeek()));
        therapist.request().body(Map.of("format", "narrative", "narrative", "Sang along."))
                .put(SESSIONS + sessionId + "/note").then().statusCode(201);
        return sessionId;
    }

    private static String noteStatus(String sessionId) {
        return Sql.count("select count(*) from session_note where session_id = ? and status = 'signed'",
                UUID.fromString(sessionId)) == 1 ? "signed" : "draft";
    }

    private static String lastWeek() {
        return OffsetDateTime.now(ZoneOffset.ofHours(-5)).minusDays(7).truncatedTo(ChronoUnit.HOURS).toString();
    }
}
