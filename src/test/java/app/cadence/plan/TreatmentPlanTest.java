package app.cadence.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import app.cadence.goal.Goals;
import app.cadence.session.SessionFixtures;
import app.cadence.support.Api;
import app.cadence.support.Clients;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** Treatment plans: written by the care team, superseded by newer plans, reviewed, and watched by a worklist. */
@QuarkusTest
class TreatmentPlanTest {

    private static final String WORKLIST = "/api/v1/worklist/plan-reviews";
    /** The program's date: the tests run the program in New York (application.properties, %test). */
    private static final LocalDate TODAY = LocalDate.now(java.time.ZoneId.of("America/New_York"));

    private final Api therapist = Api.newTherapist();
    private final Api ccls = Api.newChildLifeSpecialist();
    private final Api supervisor = Api.newSupervisor();
    private final Api outsider = Api.newTherapist();

    @Test
    void shouldLetTheCareTeamWriteAPlanThatANewerPlanSupersedes() {
        String clientId = activeClient();
        String goalId = Goals.create(therapist, clientId, Goals.withStatus(Goals.percent(), "active"));
        String otherGoal = Goals.create(outsider, activeClient(outsider), Goals.percent());
        String plans = "/api/v1/clients/" + clientId + "/treatment-plans";

        JsonPath first = therapist.request().body(plan(List.of(goalId), TODAY.minusDays(3), TODAY.plusDays(25)))
                .post(plans).then().statusCode(201)
                .body("status", equalTo("active"), "sessionsPerWeek", equalTo(3), "minutesPerSession", equalTo(30),
                        "goalIds", equalTo(List.of(goalId)), "authorId", equalTo(therapist.staffId()),
                        "reviews", hasSize(0))
                .extract().jsonPath();
        String firstPath = "/api/v1/treatment-plans/" + first.getString("id");
        therapist.request().body(plan(List.of(otherGoal), TODAY, TODAY.plusDays(7))).post(plans).then().statusCode(422)
                .body("violations[0].field", equalTo("goalIds[0]"));
        therapist.request().body(plan(List.of(), TODAY, TODAY.minusDays(1))).post(plans).then().statusCode(422)
                .body("violations[0].field", equalTo("reviewDate"));
        therapist.request().body(Map.of("sessionsPerWeek", 0, "minutesPerSession", 30, "goalIds", List.of(),
                "startDate", TODAY.toString(), "reviewDate", TODAY.toString())).post(plans).then().statusCode(422);
        ccls.request().body(plan(List.of(), TODAY, TODAY)).post(plans).then().statusCode(403);
        supervisor.request().body(plan(List.of(), TODAY, TODAY)).post(plans).then().statusCode(403);
        outsider.request().body(plan(List.of(), TODAY, TODAY)).post(plans).then().statusCode(404);

        ccls.request().get(firstPath).then().statusCode(200).body("id", equalTo(first.getString("id")));
        outsider.request().get(firstPath).then().statusCode(404);
        outsider.request().get(plans).then().statusCode(404);

        String etag = therapist.request().get(firstPath).then().extract().header("ETag");
        therapist.request().header("If-Match", etag).body(plan(List.of(goalId), TODAY.minusDays(3), TODAY.plusDays(14)))
                .put(firstPath).then().statusCode(200).body("reviewDate", equalTo(TODAY.plusDays(14).toString()));

        String second = therapist.request().body(plan(List.of(goalId), TODAY, TODAY.plusDays(28))).post(plans).then()
                .statusCode(201).extract().path("id");
        therapist.request().get(firstPath).then().statusCode(200).body("status", equalTo("superseded"));
        String stale = therapist.request().get(firstPath).then().extract().header("ETag");
        therapist.request().header("If-Match", stale).body(plan(List.of(), TODAY, TODAY)).put(firstPath).then().statusCode(409);
        supervisor.request().body(Map.of("outcome", "continue")).post(firstPath + "/reviews").then().statusCode(409);
        ccls.request().get(plans).then().statusCode(200).body("items.id", equalTo(List.of(second, first.getString("id"))),
                "items.status", equalTo(List.of("active", "superseded")));
    }

    @Test
    void shouldRecordReviewsThatMoveTheReviewDateOrEndThePlan() {
        String clientId = activeClient();
        String planPath = "/api/v1/treatment-plans/" + therapist.request().body(plan(List.of(), TODAY.minusDays(30),
                TODAY.minusDays(2))).post("/api/v1/clients/" + clientId + "/treatment-plans").then().statusCode(201)
                .extract().path("id");

        ccls.request().body(Map.of("outcome", "continue")).post(planPath + "/reviews").then().statusCode(403);
        outsider.request().body(Map.of("outcome", "continue")).post(planPath + "/reviews").then().statusCode(404);
        supervisor.request().body(Map.of("outcome", "postpone")).post(planPath + "/reviews").then().statusCode(422);
        supervisor.request().body(Map.of("outcome", "discharge", "nextReviewDate", TODAY.plusDays(7).toString()))
                .post(planPath + "/reviews").then().statusCode(422).body("violations[0].field", equalTo("nextReviewDate"));

        supervisor.request().body(Map.of("outcome", "revise", "note", "Two longer sessions a week",
                "nextReviewDate", TODAY.plusDays(28).toString())).post(planPath + "/reviews").then().statusCode(201)
                .body("reviewDate", equalTo(TODAY.plusDays(28).toString()), "status", equalTo("active"),
                        "reviews[0].outcome", equalTo("revise"), "reviews[0].reviewedBy", equalTo(supervisor.staffId()),
                        "reviews[0].note", equalTo("Two longer sessions a week"));
        therapist.request().body(Map.of("outcome", "discharge", "note", "Goals met")).post(planPath + "/reviews").then()
                .statusCode(201).body("status", equalTo("ended"), "reviews.outcome", equalTo(List.of("revise", "discharge")));
        String etag = therapist.request().get(planPath).then().extract().header("ETag");
        therapist.request().header("If-Match", etag).body(plan(List.of(), TODAY, TODAY)).put(planPath).then().statusCode(409);
        therapist.request().body(Map.of("outcome", "continue")).post(planPath + "/reviews").then().statusCode(409);
    }

    @Test
    void shouldListOverdueReviewsAndChildrenSeenLessOftenThanPlanned() {
        // Overdue, and not seen at all in the week.
        String overdueClient = activeClient();
        String overdue = createPlan(overdueClient, 2, TODAY.minusDays(30), TODAY.minusDays(1));
        // In force for 10 days, 2 a week planned, seen once: under-served.
        String underServedClient = activeClient();
        String underServed = createPlan(underServedClient, 2, TODAY.minusDays(10), TODAY.plusDays(20));
        session(underServedClient, 2);
        // Seen as often as planned, review ahead: fine.
        String wellServedClient = activeClient();
        String wellServed = createPlan(wellServedClient, 2, TODAY.minusDays(10), TODAY.plusDays(20));
        session(wellServedClient, 1);
        session(wellServedClient, 3);
        // Too new to judge the frequency.
        String newPlan = createPlan(activeClient(), 3, TODAY.minusDays(2), TODAY.plusDays(20));

        JsonPath list = therapist.request().queryParam("limit", 100).get(WORKLIST).then().statusCode(200).extract().jsonPath();
        assertThat(list.getList("items.planId", String.class)).contains(overdue, underServed)
                .doesNotContain(wellServed, newPlan);
        assertThat(list.getList("items.find { it.planId == '" + overdue + "' }.reasons", String.class))
                .containsExactly("review-overdue", "seen-less-than-planned");
        assertThat(list.getList("items.find { it.planId == '" + underServed + "' }.reasons", String.class))
                .containsExactly("seen-less-than-planned");
        assertThat(list.getInt("items.find { it.planId == '" + underServed + "' }.sessionsLast7Days")).isEqualTo(1);

        assertThat(supervisor.request().queryParam("limit", 100).get(WORKLIST).then().statusCode(200).extract().jsonPath()
                .getList("items.planId", String.class)).contains(overdue, underServed);
        assertThat(outsider.request().queryParam("limit", 100).get(WORKLIST).then().statusCode(200).extract().jsonPath()
                .getList("items.planId", String.class)).doesNotContain(overdue, underServed);
        ccls.request().get(WORKLIST).then().statusCode(403);

        // A review that moves the date takes the plan off the overdue list.
        therapist.request().body(Map.of("outcome", "continue", "nextReviewDate", TODAY.plusDays(14).toString()))
                .post("/api/v1/treatment-plans/" + overdue + "/reviews").then().statusCode(201);
        assertThat(therapist.request().queryParam("limit", 100).get(WORKLIST).then().statusCode(200).extract().jsonPath()
                .getList("items.find { it.planId == '" + overdue + "' }.reasons", String.class))
                .containsExactly("seen-less-than-planned");
    }

    /** An active client of the therapist, whose care team the child life specialist is on too. */
    private String activeClient() {
        String clientId = activeClient(therapist);
        supervisor.request().body(Map.of("staffId", ccls.staffId(), "role", "child-life-specialist"))
                .post("/api/v1/clients/" + clientId + "/care-team").then().statusCode(201);
        return clientId;
    }

    private static String activeClient(Api creator) {
        Map<String, Object> body = Clients.child();
        body.put("status", "active");
        return Clients.create(creator, body);
    }

    private String createPlan(String clientId, int perWeek, LocalDate start, LocalDate review) {
        Map<String, Object> body = new java.util.HashMap<>(plan(List.of(), start, review));
        body.put("sessionsPerWeek", perWeek);
        return therapist.request().body(body).post("/api/v1/clients/" + clientId + "/treatment-plans").then()
                .statusCode(201).extract().path("id");
    }

    private void session(String clientId, int daysAgo) {
        SessionFixtures.create(therapist, clientId, SessionFixtures.completed(
                OffsetDateTime.now(ZoneOffset.UTC).minusDays(daysAgo).withNano(0).toString()));
    }

    private static Map<String, Object> plan(List<String> goalIds, LocalDate start, LocalDate review) {
        return Map.of("sessionsPerWeek", 3, "minutesPerSession", 30, "goalIds", goalIds,
                "startDate", start.toString(), "reviewDate", review.toString());
    }
}
