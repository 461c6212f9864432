package app.cadence.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.core.Response.Status;

import org.junit.jupiter.api.Test;

import app.cadence.support.Api;
import app.cadence.support.Clients;
import app.cadence.support.Sql;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;

/** Documenting sessions: who may read and write them, and when they stop changing. */
@QuarkusTest
class SessionTest {

    private static final String START = "2024-05-02T10:00:00Z";

    private final Api therapist = Api.newTherapist();
    private final Api supervisor = Api.newSupervisor();

    @Test
    void shouldLetCareTeamTherapistCreateReadAndReplaceSession() {
        String clientId = Clients.create(therapist);
        String goalId = SessionFixtures.percentGoal(clientId);
        Map<String, Object> body = SessionFixtures.completed("2024-05-02T10:00:00-05:00");
        body.put("interventions", List.of(SessionFixtures.intervention("song-for-procedural-support"),
                SessionFixtures.intervention("music-assisted-relaxation")));
        body.put("measurements", List.of(SessionFixtures.measurement(goalId, 60)));
        body.put("scores", List.of(SessionFixtures.score("anxiety-nrs", 7, 3), SessionFixtures.score("mood", 2, null)));

        ExtractableResponse<Response> created = therapist.request().body(body).post(sessions(clientId)).then()
                .statusCode(Status.CREATED.getStatusCode())
                .header("ETag", "\"0\"")
                .body("clientId", equalTo(clientId), "therapistId", equalTo(therapist.staffId()),
                        "startsAt", equalTo("2024-05-02T10:00:00-05:00"), "endsAt", equalTo("2024-05-02T10:40:00-05:00"),
                        "setting", equalTo("bedside"), "kind", equalTo("individual"), "status", equalTo("completed"),
                        "familyPresent", equalTo(true), "noteStatus", equalTo("none"),
                        "interventions.code", equalTo(List.of("song-for-procedural-support", "music-assisted-relaxation")),
                        "interventions[0].song", equalTo("You Are My Sunshine"), "interventions[0].minutes", equalTo(15),
                        "measurements[0].goalId", equalTo(goalId), "measurements[0].value", equalTo(60),
                        "scores.scale", equalTo(List.of("anxiety-nrs", "mood")), "scores[0].pre", equalTo(7),
                        "scores[0].post", equalTo(3), "scores[1].pre", equalTo(2))
                .extract();
        String sessionId = created.path("id");
        assertThat(created.header("Location")).endsWith("/api/v1/sessions/" + sessionId);

        String stored = therapist.request().get("/api/v1/sessions/" + sessionId).then()
                .statusCode(Status.OK.getStatusCode())
                .header("ETag", "\"0\"")
                .extract().asString();
        assertThat(stored).isEqualTo(created.asString());

        Map<String, Object> replacement = SessionFixtures.completed(START);
        replacement.put("setting", "playroom");
        replacement.put("familyPresent", false);
        replacement.put("measurements", List.of(SessionFixtures.measurement(goalId, 72.5)));
        therapist.request().header("If-Match", "\"0\"").body(replacement).put("/api/v1/sessions/" + sessionId).then()
                .statusCode(Status.OK.getStatusCode())
                .header("ETag", "\"1\"")
                .body("setting", equalTo("playroom"), "familyPresent", equalTo(false),
                        "interventions.code", equalTo(List.of("therapeutic-singing")),
                        "measurements[0].value", equalTo(72.5f), "scores", hasSize(1),
                        "therapistId", equalTo(therapist.staffId()));
        therapist.request().get("/api/v1/sessions/" + sessionId).then()
                .header("ETag", "\"1\"")
                .body("startsAt", equalTo(START), "interventions", hasSize(1), "scores.scale", equalTo(List.of("anxiety-nrs")));
    }

    @Test
    void shouldRequireCurrentETagToReplaceSession() {
        String clientId = Clients.create(therapist);
        String sessionId = SessionFixtures.create(therapist, clientId, SessionFixtures.completed(START));
        Map<String, Object> replacement = SessionFixtures.scheduled(START);

        therapist.request().body(replacement).put("/api/v1/sessions/" + sessionId).then().statusCode(428);
        therapist.request().header("If-Match", "\"7\"").body(replacement).put("/api/v1/sessions/" + sessionId).then()
                .statusCode(Status.PRECONDITION_FAILED.getStatusCode());
        therapist.request().get("/api/v1/sessions/" + sessionId).then()
                .header("ETag", "\"0\"").body("status", equalTo("completed"));
    }

    @Test
    void shouldLetSupervisorIntegrationAndCareTeamChildLifeSpecialistReadButNotWrite() {
        String clientId = Clients.create(therapist);
        String sessionId = SessionFixtures.create(therapist, clientId, SessionFixtures.completed(START));
        Api ccls = Api.newChildLifeSpecialist();
        supervisor.request().body(Map.of("staffId", ccls.staffId(), "role", "child-life-specialist"))
                .post("/api/v1/clients/" + clientId + "/care-team").then().statusCode(Status.CREATED.getStatusCode());

        for (Api reader : new Api[] { supervisor, Api.newIntegration(), ccls }) {
            reader.request().get(sessions(clientId)).then()
                    .statusCode(Status.OK.getStatusCode())
                    .body("items.id", equalTo(List.of(sessionId)));
            reader.request().get("/api/v1/sessions/" + sessionId).then()
                    .statusCode(Status.OK.getStatusCode())
                    .body("id", equalTo(sessionId));
            reader.request().body(SessionFixtures.completed(START)).post(sessions(clientId)).then()
                    .statusCode(Status.FORBIDDEN.getStatusCode())
                    .contentType("application/problem+json");
            reader.request().header("If-Match", "\"0\"").body(SessionFixtures.scheduled(START))
                    .put("/api/v1/sessions/" + sessionId).then()
                    .statusCode(Status.FORBIDDEN.getStatusCode());
        }
        therapist.request().get(sessions(clientId)).then().body("items", hasSize(1));
        therapist.request().get("/api/v1/sessions/" + sessionId).then().header("ETag", "\"0\"");
    }

    @Test
    void shouldAnswerNotFoundToTherapistOutsideCareTeam() {
        String clientId = Clients.create(therapist);
        String sessionId = SessionFixtures.create(therapist, clientId, SessionFixtures.completed(START));
        Api outsider = Api.newTherapist();

        outsider.request().get(sessions(clientId)).then().statusCode(Status.NOT_FOUND.getStatusCode());
        // Exactly as a missing session would: the answer names the session asked for, never its client.
        outsider.request().get("/api/v1/sessions/" + sessionId).then().statusCode(Status.NOT_FOUND.getStatusCode())
                .body("detail", containsString(sessionId), "detail", not(containsString(clientId)));
        outsider.request().header("If-Match", "\"0\"").body(SessionFixtures.scheduled(START))
                .put("/api/v1/sessions/" + sessionId).then().statusCode(Status.NOT_FOUND.getStatusCode())
                .body("detail", containsString(sessionId), "detail", not(containsString(clientId)));
        outsider.request().body(SessionFixtures.completed(START)).post(sessions(clientId)).then()
                .statusCode(Status.NOT_FOUND.getStatusCode());
        outsider.request().header("If-Match", "\"0\"").body(SessionFixtures.scheduled(START))
                .put("/api/v1/sessions/" + sessionId).then()
                .statusCode(Status.NOT_FOUND.getStatusCode());
        Api.newChildLifeSpecialist().request().get("/api/v1/sessions/" + sessionId).then()
                .statusCode(Status.NOT_FOUND.getStatusCode());

        String missing = "0190a1b2-0000-7000-8000-000000000000";
        outsider.request().get("/api/v1/sessions/" + missing).then().statusCode(Status.NOT_FOUND.getStatusCode());
        supervisor.request().get("/api/v1/sessions/" + missing).then().statusCode(Status.NOT_FOUND.getStatusCode());
        therapist.request().get(sessions(clientId)).then().body("items", hasSize(1));
        therapist.request().get("/api/v1/sessions/" + sessionId).then().header("ETag", "\"0\"");
    }

    @Test
    void shouldRefuseNewSessionsForDischargedOrEnteredInErrorClient() {
        for (String status : new String[] { "discharged", "entered-in-error" }) {
            String clientId = Clients.create(therapist);
            SessionFixtures.create(therapist, clientId, SessionFixtures.completed(START));
            Sql.clientStatus(clientId, status);

            therapist.request().body(SessionFixtures.completed("2024-05-09T10:00:00Z")).post(sessions(clientId)).then()
                    .statusCode(Status.CONFLICT.getStatusCode())
                    .contentType("application/problem+json");
            therapist.request().get(sessions(clientId)).then()
                    .statusCode(Status.OK.getStatusCode())
                    .body("items.startsAt", equalTo(List.of(START)));
        }
    }

    @Test
    void shouldLetScheduledSessionOfDischargedClientBeCancelled() {
        String clientId = Clients.create(therapist);
        String sessionId = SessionFixtures.create(therapist, clientId, SessionFixtures.scheduled(START));
        Sql.clientStatus(clientId, "discharged");

        Map<String, Object> cancelled = SessionFixtures.scheduled(START);
        cancelled.put("status", "cancelled");
        cancelled.put("cancellationReason", "discharged");
        therapist.request().header("If-Match", "\"0\"").body(cancelled).put("/api/v1/sessions/" + sessionId).then()
                .statusCode(Status.OK.getStatusCode())
                .body("status", equalTo("cancelled"));
    }

    @Test
    void shouldShowNoteStatusAndAllowChangesWhileNoteIsDraft() {
        String clientId = Clients.create(therapist);
        String sessionId = SessionFixtures.create(therapist, clientId, SessionFixtures.completed(START));
        SessionFixtures.note(sessionId, therapist.staffId(), false);

        therapist.request().get(sessions(clientId)).then().body("items[0].noteStatus", equalTo("draft"));
        Map<String, Object> replacement = SessionFixtures.completed(START);
        replacement.put("familyPresent", false);
        therapist.request().header("If-Match", "\"0\"").body(replacement).put("/api/v1/sessions/" + sessionId).then()
                .statusCode(Status.OK.getStatusCode())
                .body("noteStatus", equalTo("draft"), "familyPresent", equalTo(false));
    }

    @Test
    void shouldRefuseAnyChangeOnceNoteIsSigned() {
        String clientId = Clients.create(therapist);
        String sessionId = SessionFixtures.create(therapist, clientId, SessionFixtures.completed(START));
        SessionFixtures.note(sessionId, therapist.staffId(), true);
        String before = therapist.request().get("/api/v1/sessions/" + sessionId).then()
                .statusCode(Status.OK.getStatusCode())
                .body("noteStatus", equalTo("signed"))
                .extract().asString();

        Map<String, Object> replacement = SessionFixtures.completed(START);
        replacement.put("scores", List.of(SessionFixtures.score("anxiety-nrs", 7, 1)));
        therapist.request().header("If-Match", "\"0\"").body(replacement).put("/api/v1/sessions/" + sessionId).then()
                .statusCode(Status.CONFLICT.getStatusCode())
                .contentType("application/problem+json");
        // Other roles are refused by role before the session's state is even considered.
        supervisor.request().header("If-Match", "\"0\"").body(replacement).put("/api/v1/sessions/" + sessionId).then()
                .statusCode(Status.FORBIDDEN.getStatusCode());

        therapist.request().get("/api/v1/sessions/" + sessionId).then()
                .header("ETag", "\"0\"")
                .body(equalTo(before));
    }

    @Test
    void shouldHaveDatabaseRefuseChangesToSignedSession() throws SQLException {
        String clientId = Clients.create(therapist);
        String sessionId = SessionFixtures.create(therapist, clientId, SessionFixtures.completed(START));
        SessionFixtures.note(sessionId, therapist.staffId(), true);

        try (Connection db = Sql.connect()) {
            assertThatThrownBy(() -> db.createStatement().executeUpdate(
                    "update session set status = 'cancelled' where id = '" + sessionId + "'"))
                    .hasMessageContaining("signed note");
            assertThatThrownBy(() -> db.createStatement().executeUpdate(
                    "delete from session_score where session_id = '" + sessionId + "'"))
                    .hasMessageContaining("signed note");
        }
        therapist.request().get("/api/v1/sessions/" + sessionId).then()
                .body("status", equalTo("completed"), "scores", hasSize(1));
    }

    @Test
    void shouldReplayRetriedCreateWithSameIdempotencyKey() {
        String clientId = Clients.create(therapist);
        String first = therapist.request().header("Idempotency-Key", "session-" + clientId)
                .body(SessionFixtures.completed(START)).post(sessions(clientId)).then()
                .statusCode(Status.CREATED.getStatusCode()).extract().path("id");
        therapist.request().header("Idempotency-Key", "session-" + clientId)
                .body(SessionFixtures.completed(START)).post(sessions(clientId)).then()
                .statusCode(Status.CREATED.getStatusCode())
                .header("Location", endsWith("/api/v1/sessions/" + first))
                .body("id", equalTo(first));
        therapist.request().get(sessions(clientId)).then().body("items", hasSize(1));
    }

    static String sessions(String clientId) {
        return "/api/v1/clients/" + clientId + "/sessions";
    }
}
