package app.cadence.goal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.core.Response.Status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import app.cadence.assessment.Assessments;
import app.cadence.assessment.CareTeams;
import app.cadence.support.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/** Individualized goals: values that fit their measure, a sensible status lifecycle, a stable measure once measured. */
@QuarkusTest
class GoalTest {

    private static final int UNPROCESSABLE = 422;
    private static final Map<String, Object> PERCENT = Map.of("type", "percent");
    private static final Map<String, Object> COUNT = Map.of("type", "count");
    private static final Map<String, Object> GAS = Map.of("type", "gas");
    private static final Map<String, Object> RATING_1_TO_5 = Map.of("type", "rating", "min", 1, "max", 5);

    private final Api therapist = Api.newTherapist();
    private String clientId;

    @BeforeEach
    void createClient() {
        clientId = CareTeams.activeClient(therapist);
    }

    @Test
    void shouldCreateProposedGoalSetByCaller() {
        Map<String, Object> body = Goals.percent();
        body.put("targetDate", LocalDate.now().plusMonths(2).toString());

        var created = post(body).statusCode(Status.CREATED.getStatusCode())
                .header("ETag", "\"0\"")
                .body("status", equalTo("proposed"), "clientId", equalTo(clientId), "domain", equalTo("emotional"),
                        "measure.type", equalTo("percent"), "measure.min", nullValue(), "baseline", equalTo(30),
                        "target", equalTo(80), "criterion.consecutiveSessions", equalTo(2),
                        "createdBy", equalTo(therapist.staffId()), "assessmentId", nullValue())
                .extract();
        assertThat(created.header("Location")).endsWith("/api/v1/goals/" + created.path("id"));

        get(created.path("id")).body("statement", equalTo("Will use a chosen song to cope during dressing changes"),
                "targetDate", equalTo(body.get("targetDate")));
    }

    @Test
    void shouldDefaultCriterionToOneSessionAndAcceptRatingScale() {
        Map<String, Object> body = Goals.goal(RATING_1_TO_5, 2, 4.5);
        body.remove("criterion");
        post(body).statusCode(Status.CREATED.getStatusCode())
                .body("criterion.consecutiveSessions", equalTo(1), "measure.min", equalTo(1), "measure.max", equalTo(5),
                        "target", equalTo(4.5f));
    }

    @Test
    void shouldRefuseValuesOutsideTheirMeasureAndStoreNothing() {
        refused(Goals.goal(PERCENT, 30, 120), "target");
        refused(Goals.goal(PERCENT, -1, 80), "baseline");
        refused(Goals.goal(GAS, -2, 3), "target");
        refused(Goals.goal(GAS, -1.5, 0), "baseline");
        refused(Goals.goal(RATING_1_TO_5, 0, 4), "baseline");
        refused(Goals.goal(RATING_1_TO_5, 2, 6), "target");
        refused(Goals.goal(COUNT, -1, 3), "baseline");
        refused(Goals.goal(COUNT, 0, 2.5), "target");
        refused(Goals.goal(Map.of("type", "duration-seconds"), 10, 30.5), "target");
        refused(Goals.goal(PERCENT, 30, 80.123), "target");

        refused(Goals.goal(Map.of("type", "rating", "max", 5), 2, 4), "measure.min");
        refused(Goals.goal(Map.of("type", "rating", "min", 1), 2, 4), "measure.max");
        refused(Goals.goal(Map.of("type", "rating", "min", 5, "max", 1), 2, 4), "measure.max");
        refused(Goals.goal(Map.of("type", "percent", "min", 0), 30, 80), "measure.min");
        refused(Goals.goal(Map.of("type", "gas", "max", 2), -1, 0), "measure.max");
        refused(Goals.goal(Map.of("type", "steps"), 1, 2), "measure.type");

        Map<String, Object> noTarget = Goals.percent();
        noTarget.remove("target");
        refused(noTarget, "target");
        refused(with(Goals.percent(), "criterion", Map.of("consecutiveSessions", 0)), "criterion.consecutiveSessions");
        refused(with(Goals.percent(), "criterion", Map.of("consecutiveSessions", 101)), "criterion.consecutiveSessions");
        refused(with(Goals.percent(), "statement", " "), "statement");
        refused(with(Goals.percent(), "statement", "x".repeat(2001)), "statement");
        refused(with(Goals.percent(), "targetDate", LocalDate.now().minusDays(1).toString()), "targetDate");
        refused(with(Goals.percent(), "status", "achieved"), "status");

        list("").body("items", empty());
    }

    @Test
    void shouldAcceptEdgesOfEachMeasure() {
        post(Goals.goal(PERCENT, 0, 100)).statusCode(Status.CREATED.getStatusCode());
        post(Goals.goal(GAS, -2, 2)).statusCode(Status.CREATED.getStatusCode()).body("baseline", equalTo(-2));
        post(Goals.goal(RATING_1_TO_5, 1, 5)).statusCode(Status.CREATED.getStatusCode());
        post(Goals.goal(COUNT, null, 0)).statusCode(Status.CREATED.getStatusCode()).body("baseline", nullValue());
        post(Goals.goal(Map.of("type", "duration-seconds"), 0, 600)).statusCode(Status.CREATED.getStatusCode());
    }

    @Test
    void shouldLinkOnlyAnAssessmentOfTheSameClient() {
        String ownAssessment = Assessments.create(therapist, clientId);
        String otherClient = CareTeams.activeClient(therapist);
        String otherAssessment = Assessments.create(therapist, otherClient);

        refused(with(Goals.percent(), "assessmentId", otherAssessment), "assessmentId");
        refused(with(Goals.percent(), "assessmentId", "0190a1b2-0000-7000-8000-000000000000"), "assessmentId");
        list("").body("items", empty());

        post(with(Goals.percent(), "assessmentId", ownAssessment)).statusCode(Status.CREATED.getStatusCode())
                .body("assessmentId", equalTo(ownAssessment));
    }

    @Test
    void shouldFollowTheGoalLifecycle() {
        String id = Goals.create(therapist, clientId, Goals.percent());

        put(id, "\"0\"", Goals.withStatus(Goals.percent(), "achieved")).statusCode(Status.CONFLICT.getStatusCode());
        put(id, "\"0\"", Goals.withStatus(Goals.percent(), "active")).statusCode(Status.OK.getStatusCode())
                .header("ETag", "\"1\"").body("status", equalTo("active"));
        put(id, "\"1\"", Goals.withStatus(Goals.percent(), "proposed")).statusCode(Status.CONFLICT.getStatusCode());
        put(id, "\"1\"", Goals.withStatus(Goals.percent(), "on-hold")).statusCode(Status.OK.getStatusCode());
        put(id, "\"2\"", Goals.percent()).statusCode(Status.OK.getStatusCode()).body("status", equalTo("on-hold"));
        put(id, "\"3\"", Goals.withStatus(Goals.percent(), "achieved")).statusCode(Status.OK.getStatusCode());

        Map<String, Object> reopened = Goals.withStatus(Goals.percent(), "proposed");
        reopened.put("statement", "Reworded after achieving it");
        put(id, "\"4\"", reopened).statusCode(Status.CONFLICT.getStatusCode()).contentType("application/problem+json");
        put(id, "\"4\"", with(Goals.percent(), "statement", "Reworded after achieving it"))
                .statusCode(Status.CONFLICT.getStatusCode());
        get(id).header("ETag", "\"4\"")
                .body("status", equalTo("achieved"), "statement", equalTo("Will use a chosen song to cope during dressing changes"));
    }

    @Test
    void shouldReplaceGoalContentNamedByIfMatch() {
        String id = Goals.create(therapist, clientId, Goals.percent());
        Map<String, Object> changed = Goals.goal(COUNT, 5, 1);
        changed.put("domain", "social");

        put(id, null, changed).statusCode(Status.PRECONDITION_REQUIRED.getStatusCode());
        put(id, "\"7\"", changed).statusCode(Status.PRECONDITION_FAILED.getStatusCode());
        put(id, "\"0\"", Goals.goal(COUNT, 5, 1.5)).statusCode(UNPROCESSABLE)
                .body("violations[0].field", equalTo("target"));
        get(id).header("ETag", "\"0\"").body("measure.type", equalTo("percent"));

        put(id, "\"0\"", changed).statusCode(Status.OK.getStatusCode())
                .body("measure.type", equalTo("count"), "domain", equalTo("social"), "baseline", equalTo(5),
                        "target", equalTo(1), "status", equalTo("proposed"));
    }

    @Test
    void shouldKeepTheMeasureOfAMeasuredGoal() {
        String id = Goals.create(therapist, clientId, Goals.percent());
        ClinicalRows.measured(clientId, therapist.staffId(), OffsetDateTime.now().minusDays(1), id, "45");

        put(id, "\"0\"", Goals.goal(COUNT, 3, 10)).statusCode(Status.CONFLICT.getStatusCode());
        put(id, "\"0\"", Goals.goal(RATING_1_TO_5, 2, 4)).statusCode(Status.CONFLICT.getStatusCode());
        get(id).header("ETag", "\"0\"").body("measure.type", equalTo("percent"));

        put(id, "\"0\"", with(Goals.goal(PERCENT, 40, 90), "statement", "Raised target after a good week"))
                .statusCode(Status.OK.getStatusCode())
                .body("target", equalTo(90), "statement", equalTo("Raised target after a good week"));
    }

    @Test
    void shouldFilterByStatusAndPageInTheOrderGoalsWereSet() {
        String first = Goals.create(therapist, clientId, Goals.percent());
        String second = Goals.create(therapist, clientId, Goals.withStatus(Goals.percent(), "active"));
        String third = Goals.create(therapist, clientId, Goals.percent());

        String cursor = list("?limit=2").body("items.id", contains(first, second)).extract().path("nextCursor");
        list("?limit=2&cursor=" + cursor).body("items.id", contains(third), "nextCursor", nullValue());
        list("?status=active").body("items.id", contains(second));
        list("?status=proposed").body("items.id", contains(first, third));
        therapist.request().get("/api/v1/clients/" + clientId + "/goals?status=done").then()
                .statusCode(UNPROCESSABLE).body("violations[0].field", equalTo("status"));
        therapist.request().get("/api/v1/clients/" + clientId + "/goals?cursor=bogus").then()
                .statusCode(Status.BAD_REQUEST.getStatusCode());
    }

    private void refused(Map<String, Object> body, String field) {
        post(body).statusCode(UNPROCESSABLE)
                .contentType("application/problem+json")
                .body("violations.field", equalTo(List.of(field)));
    }

    private static Map<String, Object> with(Map<String, Object> body, String field, Object value) {
        Map<String, Object> copy = new LinkedHashMap<>(body);
        copy.put(field, value);
        return copy;
    }

    private ValidatableResponse post(Map<String, Object> body) {
        return therapist.request().body(body).post("/api/v1/clients/" + clientId + "/goals").then();
    }

    private ValidatableResponse put(String id, String ifMatch, Map<String, Object> body) {
        var request = therapist.request().body(body);
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return request.put("/api/v1/goals/" + id).then();
    }

    private ValidatableResponse get(String id) {
        return therapist.request().get("/api/v1/goals/" + id).then().statusCode(Status.OK.getStatusCode());
    }

    private ValidatableResponse list(String query) {
        return therapist.request().get("/api/v1/clients/" + clientId + "/goals" + query).then()
                .statusCode(Status.OK.getStatusCode());
    }
}
