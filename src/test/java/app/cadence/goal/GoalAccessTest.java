package app.cadence.goal;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import jakarta.ws.rs.core.Response.Status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import app.cadence.assessment.CareTeams;
import app.cadence.support.Api;
import io.quarkus.test.junit.QuarkusTest;

/** Who may read and write goals and their progress: the permission matrix and care-team visibility of DESIGN.md. */
@QuarkusTest
class GoalAccessTest {

    private final Api therapist = Api.newTherapist();
    private String clientId;
    private String goalId;

    @BeforeEach
    void createGoal() {
        clientId = CareTeams.activeClient(therapist);
        goalId = Goals.create(therapist, clientId, Goals.percent());
    }

    @Test
    void shouldLetAnotherTherapistOnTheTeamWrite() {
        Api colleague = Api.newTherapist();
        CareTeams.join(clientId, colleague, "therapist");

        colleague.request().body(Goals.percent()).post(goals()).then()
                .statusCode(Status.CREATED.getStatusCode())
                .body("createdBy", equalTo(colleague.staffId()));
        colleague.request().header("If-Match", "\"0\"").body(Goals.withStatus(Goals.percent(), "active")).put(goal())
                .then().statusCode(Status.OK.getStatusCode());
    }

    @Test
    void shouldLetReadersReadButNotWrite() {
        Api ccls = Api.newChildLifeSpecialist();
        CareTeams.join(clientId, ccls, "child-life-specialist");

        for (Api reader : new Api[] { ccls, Api.newSupervisor(), Api.newIntegration() }) {
            reader.request().get(goals()).then().statusCode(Status.OK.getStatusCode()).body("items.id", contains(goalId));
            reader.request().get(goal()).then().statusCode(Status.OK.getStatusCode());
            reader.request().get(goal() + "/progress").then().statusCode(Status.OK.getStatusCode());
            reader.request().accept("image/svg+xml").get(goal() + "/progress").then()
                    .statusCode(Status.OK.getStatusCode());

            reader.request().body(Goals.percent()).post(goals()).then().statusCode(Status.FORBIDDEN.getStatusCode());
            reader.request().header("If-Match", "\"0\"").body(Goals.withStatus(Goals.percent(), "active")).put(goal())
                    .then().statusCode(Status.FORBIDDEN.getStatusCode());
        }
        assertUnchanged();
    }

    @Test
    void shouldHideGoalsFromTherapistOutsideTheTeam() {
        Api outsider = Api.newTherapist();

        outsider.request().get(goals()).then().statusCode(Status.NOT_FOUND.getStatusCode());
        outsider.request().body(Goals.percent()).post(goals()).then().statusCode(Status.NOT_FOUND.getStatusCode());
        outsider.request().get(goal()).then()
                .statusCode(Status.NOT_FOUND.getStatusCode())
                .body("detail", equalTo("Goal " + goalId + " was not found"));
        outsider.request().header("If-Match", "\"0\"").body(Goals.withStatus(Goals.percent(), "active")).put(goal())
                .then().statusCode(Status.NOT_FOUND.getStatusCode());
        outsider.request().get(goal() + "/progress").then().statusCode(Status.NOT_FOUND.getStatusCode());
        outsider.request().accept("image/svg+xml").get(goal() + "/progress").then()
                .statusCode(Status.NOT_FOUND.getStatusCode())
                .contentType("application/problem+json");
        assertUnchanged();
    }

    @Test
    void shouldHideGoalsFromChildLifeSpecialistOutsideTheTeam() {
        Api outsider = Api.newChildLifeSpecialist();
        outsider.request().get(goals()).then().statusCode(Status.NOT_FOUND.getStatusCode());
        outsider.request().get(goal() + "/progress").then().statusCode(Status.NOT_FOUND.getStatusCode());
    }

    private void assertUnchanged() {
        therapist.request().get(goal()).then()
                .statusCode(Status.OK.getStatusCode())
                .header("ETag", "\"0\"")
                .body("status", equalTo("proposed"));
        therapist.request().get(goals()).then().body("items.id", contains(goalId));
    }

    private String goals() {
        return "/api/v1/clients/" + clientId + "/goals";
    }

    private String goal() {
        return "/api/v1/goals/" + goalId;
    }
}
