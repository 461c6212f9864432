package app.cadence.discharge;

import static org.hamcrest.Matchers.equalTo;

import java.util.List;
import java.util.Map;

import jakarta.ws.rs.core.Response.Status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import app.cadence.assessment.CareTeams;
import app.cadence.goal.Goals;
import app.cadence.support.Api;
import io.quarkus.test.junit.QuarkusTest;

/** Who may discharge a client (its care-team therapists and supervisors) and read the discharge. */
@QuarkusTest
class DischargeAccessTest {

    private final Api therapist = Api.newTherapist();
    private String clientId;
    private Map<String, Object> body;

    @BeforeEach
    void createClientWithGoal() {
        clientId = CareTeams.activeClient(therapist);
        String goalId = Goals.create(therapist, clientId, Goals.withStatus(Goals.percent(), "active"));
        body = Discharges.body("transferred", List.of(Discharges.outcome(goalId, "discontinued")));
    }

    @Test
    void shouldLetSupervisorDischargeAnyClient() {
        Api supervisor = Api.newSupervisor();
        supervisor.request().body(body).post(discharge()).then()
                .statusCode(Status.CREATED.getStatusCode())
                .body("dischargedBy", equalTo(supervisor.staffId()));
        therapist.request().get("/api/v1/clients/" + clientId).then().body("status", equalTo("discharged"));
    }

    @Test
    void shouldRefuseDischargeByChildLifeSpecialistAndIntegration() {
        Api ccls = Api.newChildLifeSpecialist();
        CareTeams.join(clientId, ccls, "child-life-specialist");
        for (Api caller : new Api[] { ccls, Api.newIntegration() }) {
            caller.request().body(body).post(discharge()).then().statusCode(Status.FORBIDDEN.getStatusCode());
        }
        therapist.request().get("/api/v1/clients/" + clientId).then().body("status", equalTo("active"));

        therapist.request().body(body).post(discharge()).then().statusCode(Status.CREATED.getStatusCode());
        for (Api reader : new Api[] { ccls, Api.newIntegration(), Api.newSupervisor() }) {
            reader.request().get(discharge()).then()
                    .statusCode(Status.OK.getStatusCode())
                    .body("reason", equalTo("transferred"));
        }
    }

    @Test
    void shouldHideClientFromTherapistOutsideTheTeam() {
        Api outsider = Api.newTherapist();
        outsider.request().body(body).post(discharge()).then().statusCode(Status.NOT_FOUND.getStatusCode());
        therapist.request().get("/api/v1/clients/" + clientId).then().body("status", equalTo("active"));

        therapist.request().body(body).post(discharge()).then().statusCode(Status.CREATED.getStatusCode());
        outsider.request().get(discharge()).then().statusCode(Status.NOT_FOUND.getStatusCode());
        Api.newChildLifeSpecialist().request().get(discharge()).then().statusCode(Status.NOT_FOUND.getStatusCode());
    }

    private String discharge() {
        return "/api/v1/clients/" + clientId + "/discharge";
    }
}
