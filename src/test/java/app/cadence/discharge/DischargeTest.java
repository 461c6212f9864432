package app.cadence.discharge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.core.Response.Status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import app.cadence.assessment.CareTeams;
import app.cadence.goal.Goals;
import app.cadence.support.Api;
import app.cadence.support.Clients;
import app.cadence.support.Sql;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/** Discharge: every open goal gets its outcome and the client leaves therapy, all or nothing. */
@QuarkusTest
class DischargeTest {

    private static final int UNPROCESSABLE = 422;

    private final Api therapist = Api.newTherapist();
    private String clientId;
    private String activeGoal;
    private String proposedGoal;
    private String achievedGoal;

    @BeforeEach
    void createClientWithGoals() {
        clientId = CareTeams.activeClient(therapist);
        activeGoal = Goals.create(therapist, clientId, Goals.withStatus(Goals.percent(), "active"));
        proposedGoal = Goals.create(therapist, clientId, Goals.percent());
        achievedGoal = Goals.create(therapist, clientId, Goals.withStatus(Goals.percent(), "active"));
        therapist.request().header("If-Match", "\"0\"").body(Goals.withStatus(Goals.percent(), "achieved"))
                .put("/api/v1/goals/" + achievedGoal).then().statusCode(Status.OK.getStatusCode());
    }

    @Test
    void shouldDischargeClientAndCloseItsGoals() {
        Map<String, Object> body = Discharges.body("goals-met",
                List.of(Discharges.outcome(activeGoal, "achieved"), Discharges.outcome(proposedGoal, "discontinued")));

        var created = post(body).statusCode(Status.CREATED.getStatusCode())
                .header("ETag", "\"0\"")
                .body("clientId", equalTo(clientId), "reason", equalTo("goals-met"),
                        "dischargedOn", equalTo(LocalDate.now().toString()),
                        "dischargedBy", equalTo(therapist.staffId()),
                        "recommendations", equalTo("Continue the song-based coping plan at home."),
                        "goalOutcomes.goalId", contains(activeGoal, proposedGoal),
                        "goalOutcomes.previousStatus", contains("active", "proposed"),
                        "goalOutcomes.status", contains("achieved", "discontinued"),
                        "goalOutcomes[0].comment", equalTo("Outcome at discharge"))
                .extract();
        assertThat(created.header("Location")).endsWith("/api/v1/clients/" + clientId + "/discharge");

        therapist.request().get(created.header("Location")).then()
                .statusCode(Status.OK.getStatusCode())
                .body("id", equalTo(created.path("id")), "goalOutcomes.status", contains("achieved", "discontinued"));
        clientStatus().body("status", equalTo("discharged"));
        goalStatus(activeGoal, "achieved");
        goalStatus(proposedGoal, "discontinued");
        goalStatus(achievedGoal, "achieved");
    }

    @Test
    void shouldRefuseSecondDischargeAndChangeNothing() {
        String first = post(Discharges.body("discharged-from-hospital",
                List.of(Discharges.outcome(activeGoal, "discontinued"), Discharges.outcome(proposedGoal, "discontinued"))))
                .statusCode(Status.CREATED.getStatusCode()).extract().path("id");

        post(Discharges.body("goals-met", List.of(Discharges.outcome(activeGoal, "achieved"))))
                .statusCode(Status.CONFLICT.getStatusCode())
                .contentType("application/problem+json");

        discharge().body("id", equalTo(first), "reason", equalTo("discharged-from-hospital"));
        goalStatus(activeGoal, "discontinued");
        clientStatus().body("status", equalTo("discharged"));
    }

    @Test
    void shouldRequireOutcomeForEveryOpenGoalAndChangeNothing() {
        post(Discharges.body("goals-met", List.of(Discharges.outcome(activeGoal, "achieved"))))
                .statusCode(UNPROCESSABLE)
                .body("violations[0].field", equalTo("goalOutcomes"),
                        "violations[0].message", containsString(proposedGoal),
                        "violations[0].message", org.hamcrest.Matchers.not(containsString(achievedGoal)));
        post(Discharges.body("goals-met", null)).statusCode(UNPROCESSABLE)
                .body("violations[0].message", containsString(activeGoal));

        assertNothingChanged();
    }

    @Test
    void shouldRefuseInvalidOutcomesAndChangeNothing() {
        String otherClientGoal = Goals.create(therapist, CareTeams.activeClient(therapist), Goals.percent());
        Map<String, Object> proposedClosed = Discharges.outcome(proposedGoal, "discontinued");

        refused(List.of(Discharges.outcome(otherClientGoal, "achieved"), Discharges.outcome(activeGoal, "achieved"),
                proposedClosed), "goalOutcomes[0].goalId");
        refused(List.of(Discharges.outcome(activeGoal, "on-hold"), proposedClosed), "goalOutcomes[0].status");
        refused(List.of(Discharges.outcome(activeGoal, "achieved"), proposedClosed,
                Discharges.outcome(activeGoal, "discontinued")), "goalOutcomes[2].goalId");
        refused(List.of(Map.of("status", "achieved"), proposedClosed), "goalOutcomes[0].goalId");

        post(Discharges.body("goals-met", List.of(Discharges.outcome(activeGoal, "achieved"),
                Discharges.outcome(proposedGoal, "achieved")))).statusCode(Status.CONFLICT.getStatusCode())
                .body("detail", containsString(proposedGoal));
        post(Discharges.body("goals-met", List.of(Discharges.outcome(activeGoal, "achieved"), proposedClosed,
                Discharges.outcome(achievedGoal, "discontinued")))).statusCode(Status.CONFLICT.getStatusCode());

        assertNothingChanged();
    }

    @Test
    void shouldRefuseInvalidReasonOrDateAndChangeNothing() {
        List<Map<String, Object>> outcomes = List.of(Discharges.outcome(activeGoal, "achieved"),
                Discharges.outcome(proposedGoal, "discontinued"));

        post(Discharges.body("other", outcomes)).statusCode(UNPROCESSABLE)
                .body("violations[0].field", equalTo("reasonDetail"));
        post(Discharges.body("bored", outcomes)).statusCode(UNPROCESSABLE)
                .body("violations[0].field", equalTo("reason"));
        Map<String, Object> future = Discharges.body("transferred", outcomes);
        future.put("dischargedOn", LocalDate.now().plusDays(1).toString());
        post(future).statusCode(UNPROCESSABLE).body("violations[0].field", equalTo("dischargedOn"));

        assertNothingChanged();

        Map<String, Object> explained = Discharges.body("other", outcomes);
        explained.put("reasonDetail", "Family moved abroad");
        explained.put("dischargedOn", "2025-04-18");
        post(explained).statusCode(Status.CREATED.getStatusCode())
                .body("reasonDetail", equalTo("Family moved abroad"), "dischargedOn", equalTo("2025-04-18"));
    }

    @Test
    void shouldOnlyDischargeChildInTherapy() {
        String referred = Clients.create(therapist);
        therapist.request().body(Discharges.body("family-request", List.of()))
                .post("/api/v1/clients/" + referred + "/discharge").then()
                .statusCode(Status.CONFLICT.getStatusCode());
        therapist.request().get("/api/v1/clients/" + referred).then().body("status", equalTo("referred"));
        therapist.request().get("/api/v1/clients/" + referred + "/discharge").then()
                .statusCode(Status.NOT_FOUND.getStatusCode());
    }

    @Test
    void shouldShowLatestDischargeAfterReReferral() {
        post(Discharges.body("discharged-from-hospital", List.of(Discharges.outcome(activeGoal, "discontinued"),
                Discharges.outcome(proposedGoal, "discontinued")))).statusCode(Status.CREATED.getStatusCode());
        therapist.request().body(Goals.percent()).post("/api/v1/clients/" + clientId + "/goals").then()
                .statusCode(Status.CONFLICT.getStatusCode());

        Sql.clientStatus(clientId, "active");
        String newGoal = Goals.create(therapist, clientId, Goals.withStatus(Goals.percent(), "active"));
        String second = post(Discharges.body("goals-met", List.of(Discharges.outcome(newGoal, "achieved"))))
                .statusCode(Status.CREATED.getStatusCode()).extract().path("id");

        discharge().body("id", equalTo(second), "reason", equalTo("goals-met"),
                "goalOutcomes.goalId", contains(newGoal));
    }

    @Test
    void shouldReplayDischargeRetriedWithSameIdempotencyKey() {
        Map<String, Object> body = Discharges.body("goals-met",
                List.of(Discharges.outcome(activeGoal, "achieved"), Discharges.outcome(proposedGoal, "discontinued")));
        String key = "discharge-" + clientId;
        String id = therapist.request().header("Idempotency-Key", key).body(body)
                .post("/api/v1/clients/" + clientId + "/discharge").then()
                .statusCode(Status.CREATED.getStatusCode()).extract().path("id");
        therapist.request().header("Idempotency-Key", key).body(body)
                .post("/api/v1/clients/" + clientId + "/discharge").then()
                .statusCode(Status.CREATED.getStatusCode())
                .header("Idempotency-Replayed", "true")
                .body("id", equalTo(id));
    }

    private void refused(List<Map<String, Object>> outcomes, String field) {
        post(Discharges.body("goals-met", outcomes)).statusCode(UNPROCESSABLE)
                .body("violations.field", equalTo(List.of(field)));
    }

    private void assertNothingChanged() {
        clientStatus().body("status", equalTo("active"));
        therapist.request().get("/api/v1/clients/" + clientId + "/discharge").then()
                .statusCode(Status.NOT_FOUND.getStatusCode());
        therapist.request().get("/api/v1/clients/" + clientId + "/goals").then()
                .body("items.status", containsInAnyOrder("active", "proposed", "achieved"));
        therapist.request().get("/api/v1/goals/" + activeGoal).then().header("ETag", "\"0\"");
        therapist.request().get("/api/v1/goals/" + proposedGoal).then().header("ETag", "\"0\"");
    }

    private ValidatableResponse post(Map<String, Object> body) {
        return therapist.request().body(body).post("/api/v1/clients/" + clientId + "/discharge").then();
    }

    private ValidatableResponse discharge() {
        return therapist.request().get("/api/v1/clients/" + clientId + "/discharge").then()
                .statusCode(Status.OK.getStatusCode());
    }

    private ValidatableResponse clientStatus() {
        return therapist.request().get("/api/v1/clients/" + clientId).then().statusCode(Status.OK.getStatusCode());
    }

    private void goalStatus(String goalId, String status) {
        therapist.request().get("/api/v1/goals/" + goalId).then()
                .statusCode(Status.OK.getStatusCode())
                .body("status", equalTo(status));
    }
}
