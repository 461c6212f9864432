package app.cadence.assessment;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;

import jakarta.ws.rs.core.Response.Status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import app.cadence.support.Api;
import io.quarkus.test.junit.QuarkusTest;

/** Who may read and write assessments: the permission matrix and care-team visibility of DESIGN.md. */
@QuarkusTest
class AssessmentAccessTest {

    private final Api therapist = Api.newTherapist();
    private String clientId;
    private String assessmentId;

    @BeforeEach
    void createAssessment() {
        clientId = CareTeams.activeClient(therapist);
        assessmentId = Assessments.create(therapist, clientId);
    }

    @Test
    void shouldLetAnotherTherapistOnTheTeamWrite() {
        Api colleague = Api.newTherapist();
        CareTeams.join(clientId, colleague, "therapist");

        colleague.request().body(Assessments.initial("2025-03-04")).post(assessments()).then()
                .statusCode(Status.CREATED.getStatusCode())
                .body("therapistId", equalTo(colleague.staffId()));
        colleague.request().header("If-Match", "\"0\"").body(Assessments.initial("2025-03-05")).put(assessment()).then()
                .statusCode(Status.OK.getStatusCode());
        colleague.request().post(assessment() + "/finalize").then()
                .statusCode(Status.OK.getStatusCode())
                .body("finalizedBy", equalTo(colleague.staffId()));
    }

    @Test
    void shouldLetReadersReadButNotWrite() {
        Api ccls = Api.newChildLifeSpecialist();
        CareTeams.join(clientId, ccls, "child-life-specialist");

        for (Api reader : new Api[] { ccls, Api.newSupervisor(), Api.newIntegration() }) {
            reader.request().get(assessments()).then()
                    .statusCode(Status.OK.getStatusCode())
                    .body("items.id", contains(assessmentId));
            reader.request().get(assessment()).then().statusCode(Status.OK.getStatusCode());

            reader.request().body(Assessments.initial("2025-03-04")).post(assessments()).then()
                    .statusCode(Status.FORBIDDEN.getStatusCode());
            reader.request().header("If-Match", "\"0\"").body(Assessments.initial("2025-03-04")).put(assessment()).then()
                    .statusCode(Status.FORBIDDEN.getStatusCode());
            reader.request().post(assessment() + "/finalize").then()
                    .statusCode(Status.FORBIDDEN.getStatusCode());
        }
        assertUnchanged();
    }

    @Test
    void shouldHideAssessmentsFromTherapistOutsideTheTeam() {
        Api outsider = Api.newTherapist();
        String missing = outsider.request().get("/api/v1/assessments/0190a1b2-0000-7000-8000-000000000000").then()
                .statusCode(Status.NOT_FOUND.getStatusCode()).extract().path("title");

        outsider.request().get(assessments()).then().statusCode(Status.NOT_FOUND.getStatusCode());
        outsider.request().body(Assessments.initial("2025-03-04")).post(assessments()).then()
                .statusCode(Status.NOT_FOUND.getStatusCode());
        outsider.request().get(assessment()).then()
                .statusCode(Status.NOT_FOUND.getStatusCode())
                .body("title", equalTo(missing), "detail", equalTo("Assessment " + assessmentId + " was not found"));
        outsider.request().header("If-Match", "\"0\"").body(Assessments.initial("2025-03-04")).put(assessment()).then()
                .statusCode(Status.NOT_FOUND.getStatusCode());
        outsider.request().post(assessment() + "/finalize").then()
                .statusCode(Status.NOT_FOUND.getStatusCode());
        assertUnchanged();
    }

    @Test
    void shouldHideAssessmentsFromChildLifeSpecialistOutsideTheTeam() {
        Api outsider = Api.newChildLifeSpecialist();
        outsider.request().get(assessments()).then().statusCode(Status.NOT_FOUND.getStatusCode());
        outsider.request().get(assessment()).then().statusCode(Status.NOT_FOUND.getStatusCode());
    }

    @Test
    void shouldRefuseCallerWithoutCadenceRole() {
        Api stranger = Api.as("stranger-" + clientId, "billing");
        stranger.request().get(assessment()).then().statusCode(Status.FORBIDDEN.getStatusCode());
        stranger.request().body(Map.of()).post(assessments()).then().statusCode(Status.FORBIDDEN.getStatusCode());
    }

    private void assertUnchanged() {
        therapist.request().get(assessment()).then()
                .statusCode(Status.OK.getStatusCode())
                .header("ETag", "\"0\"")
                .body("status", equalTo("draft"), "assessedOn", equalTo("2025-03-03"));
        therapist.request().get(assessments()).then().body("items.id", contains(assessmentId));
    }

    private String assessments() {
        return "/api/v1/clients/" + clientId + "/assessments";
    }

    private String assessment() {
        return "/api/v1/assessments/" + assessmentId;
    }
}
