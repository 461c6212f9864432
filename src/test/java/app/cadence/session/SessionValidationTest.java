package app.cadence.session;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.core.Response.Status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import app.cadence.support.Api;
import app.cadence.support.Clients;
import io.quarkus.test.junit.QuarkusTest;

/** Bad input gets a problem naming the field as the client sent it, and stores nothing. */
@QuarkusTest
class SessionValidationTest {

    private static final String START = "2024-05-02T10:00:00Z";
    private static final int UNPROCESSABLE = 422;

    private final Api therapist = Api.newTherapist();
    private String clientId;
    private String goalId;

    @BeforeEach
    void clientWithGoal() {
        clientId = Clients.create(therapist);
        goalId = SessionFixtures.percentGoal(clientId);
    }

    @Test
    void shouldRejectEndBeforeStart() {
        Map<String, Object> body = SessionFixtures.completed(START);
        body.put("endsAt", "2024-05-02T09:30:00Z");
        refused(body, "endsAt", "must be after startsAt");
        body.put("endsAt", START);
        refused(body, "endsAt", "must be after startsAt");
    }

    @Test
    void shouldRequireEndOfCompletedSession() {
        Map<String, Object> body = SessionFixtures.completed(START);
        body.remove("endsAt");
        refused(body, "endsAt", "is required for a completed session");
    }

    @Test
    void shouldRejectUnknownInterventionCode() {
        Map<String, Object> body = SessionFixtures.completed(START);
        body.put("interventions", List.of(SessionFixtures.intervention("lullaby"), SessionFixtures.intervention("kazoo-battle")));
        refused(body, "interventions[1].code", "is not in the intervention catalog");
    }

    @Test
    void shouldRejectGoalOfAnotherClient() {
        String otherClient = Clients.create(therapist);
        String otherGoal = SessionFixtures.percentGoal(otherClient);
        Map<String, Object> body = SessionFixtures.completed(START);
        body.put("measurements", List.of(SessionFixtures.measurement(goalId, 50), SessionFixtures.measurement(otherGoal, 50)));
        refused(body, "measurements[1].goalId", "is not a goal of this client");
        body.put("measurements", List.of(SessionFixtures.measurement("0190a1b2-0000-7000-8000-000000000000", 50)));
        refused(body, "measurements[0].goalId", "is not a goal of this client");
        therapist.request().get(SessionTest.sessions(otherClient)).then().body("items", hasSize(0));
    }

    @Test
    void shouldRejectMeasurementOutsideGoalMeasure() {
        Map<String, Object> body = SessionFixtures.completed(START);
        body.put("measurements", List.of(SessionFixtures.measurement(goalId, 120)));
        refused(body, "measurements[0].value", "must be between 0 and 100");
        body.put("measurements", List.of(SessionFixtures.measurement(goalId, 40), SessionFixtures.measurement(goalId, 50)));
        refused(body, "measurements[1].goalId", "is measured more than once in this session");
    }

    @Test
    void shouldRejectScoresOutsideTheirScale() {
        Map<String, Object> body = SessionFixtures.completed(START);
        body.put("scores", List.of(SessionFixtures.score("anxiety-nrs", 7, 11), SessionFixtures.score("mood", 0, 4)));
        therapist.request().body(body).post(SessionTest.sessions(clientId)).then()
                .statusCode(UNPROCESSABLE)
                .body("violations", hasSize(2))
                .body("violations.find { it.field == 'scores[0].post' }.message",
                        equalTo("must be between 0 and 10 on the anxiety-nrs scale"))
                .body("violations.find { it.field == 'scores[1].pre' }.message",
                        equalTo("must be between 1 and 5 on the mood scale"));
        nothingStored();
    }

    @Test
    void shouldRejectUnknownRepeatedOrEmptyScore() {
        Map<String, Object> body = SessionFixtures.completed(START);
        body.put("scores", List.of(SessionFixtures.score("happiness", 3, 4)));
        refused(body, "scores[0].scale", "is not a known scale; see GET /api/v1/scales");
        body.put("scores", List.of(SessionFixtures.score("pain-nrs", 6, 2), SessionFixtures.score("pain-nrs", 5, 2)));
        refused(body, "scores[1].scale", "is scored more than once in this session");
        body.put("scores", List.of(SessionFixtures.score("pain-nrs", null, null)));
        refused(body, "scores[0]", "needs a pre score, a post score or both");
    }

    @Test
    void shouldKeepMeasurementsAndScoresForCompletedSessions() {
        Map<String, Object> body = SessionFixtures.scheduled(START);
        body.put("measurements", List.of(SessionFixtures.measurement(goalId, 50)));
        refused(body, "measurements", "are recorded for completed sessions only");
        body.remove("measurements");
        body.put("scores", List.of(SessionFixtures.score("pain-nrs", 4, 2)));
        refused(body, "scores", "are recorded for completed sessions only");

        // Planned interventions are fine on a scheduled session.
        body.remove("scores");
        body.put("interventions", List.of(SessionFixtures.intervention("lullaby")));
        therapist.request().body(body).post(SessionTest.sessions(clientId)).then()
                .statusCode(Status.CREATED.getStatusCode())
                .body("status", equalTo("scheduled"), "interventions[0].code", equalTo("lullaby"));
    }

    @Test
    void shouldReportEveryProblemAtOnce() {
        Map<String, Object> body = SessionFixtures.completed(START);
        body.put("endsAt", "2024-05-01T10:00:00Z");
        body.put("interventions", List.of(SessionFixtures.intervention("kazoo-battle")));
        body.put("measurements", List.of(SessionFixtures.measurement(goalId, -1)));
        body.put("scores", List.of(SessionFixtures.score("relaxation", 11, 5)));
        therapist.request().body(body).post(SessionTest.sessions(clientId)).then()
                .statusCode(UNPROCESSABLE)
                .body("violations.field", equalTo(List.of("endsAt", "interventions[0].code", "measurements[0].value",
                        "scores[0].pre")));
        nothingStored();
    }

    @Test
    void shouldRejectMissingFieldsBadEnumsAndOversizedLists() {
        Map<String, Object> body = SessionFixtures.completed(START);
        body.remove("startsAt");
        body.remove("kind");
        refusedByFields(body, "kind", "startsAt");

        body = SessionFixtures.completed(START);
        body.put("status", "finished");
        refusedByFields(body, "status");

        body = SessionFixtures.completed(START);
        Map<String, Object> tooLong = SessionFixtures.intervention("lullaby");
        tooLong.put("minutes", 0);
        body.put("interventions", List.of(tooLong));
        refusedByFields(body, "interventions[0].minutes");
        tooLong.put("minutes", 601);
        refusedByFields(body, "interventions[0].minutes");

        body = SessionFixtures.completed(START);
        body.put("interventions", new ArrayList<>(Collections.nCopies(31, SessionFixtures.intervention("lullaby"))));
        refusedByFields(body, "interventions");
        body = SessionFixtures.completed(START);
        body.put("scores", new ArrayList<>(Collections.nCopies(7, SessionFixtures.score("mood", 2, 3))));
        refusedByFields(body, "scores");

        body = SessionFixtures.completed(START);
        body.put("measurements", List.of(SessionFixtures.measurement(goalId, 50.125)));
        refusedByFields(body, "measurements[0].value");
    }

    @Test
    void shouldRejectUnknownPropertyAsMalformed() {
        Map<String, Object> body = SessionFixtures.completed(START);
        body.put("therapistId", therapist.staffId());
        therapist.request().body(body).post(SessionTest.sessions(clientId)).then()
                .statusCode(Status.BAD_REQUEST.getStatusCode())
                .contentType("application/problem+json");
        nothingStored();
    }

    @Test
    void shouldLeaveSessionUnchangedWhenReplacementIsInvalid() {
        String sessionId = SessionFixtures.create(therapist, clientId, SessionFixtures.completed(START));
        String before = therapist.request().get("/api/v1/sessions/" + sessionId).then().extract().asString();

        Map<String, Object> body = SessionFixtures.completed(START);
        body.put("setting", "telehealth");
        body.put("measurements", List.of(SessionFixtures.measurement(goalId, 120)));
        therapist.request().header("If-Match", "\"0\"").body(body).put("/api/v1/sessions/" + sessionId).then()
                .statusCode(UNPROCESSABLE)
                .body("violations.field", hasItem("measurements[0].value"));
        body.put("measurements", List.of());
        body.put("endsAt", "2024-05-02T09:00:00Z");
        therapist.request().header("If-Match", "\"0\"").body(body).put("/api/v1/sessions/" + sessionId).then()
                .statusCode(UNPROCESSABLE)
                .body("violations.field", hasItem("endsAt"));

        therapist.request().get("/api/v1/sessions/" + sessionId).then()
                .header("ETag", "\"0\"")
                .body(equalTo(before));
    }

    private void refused(Map<String, Object> body, String field, String message) {
        therapist.request().body(body).post(SessionTest.sessions(clientId)).then()
                .statusCode(UNPROCESSABLE)
                .contentType("application/problem+json")
                .body("violations", hasSize(1))
                .body("violations[0].field", equalTo(field), "violations[0].message", equalTo(message));
        nothingStored();
    }

    private void refusedByFields(Map<String, Object> body, String... fields) {
        therapist.request().body(body).post(SessionTest.sessions(clientId)).then()
                .statusCode(UNPROCESSABLE)
                .body("violations.field", equalTo(List.of(fields)));
        nothingStored();
    }

    private void nothingStored() {
        therapist.request().get(SessionTest.sessions(clientId)).then()
                .statusCode(Status.OK.getStatusCode())
                .body("items", hasSize(0));
    }
}
