package app.cadence.careteam;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import java.util.Map;

import jakarta.ws.rs.core.Response.Status;

import org.junit.jupiter.api.Test;

import app.cadence.support.Api;
import app.cadence.support.Clients;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class CareTeamTest {

    private final Api supervisor = Api.newSupervisor();

    @Test
    void shouldGrantAndEndVisibilityThroughCareTeam() {
        String clientId = Clients.create(Api.newIntegration());
        Api ccls = Api.newChildLifeSpecialist();
        ccls.request().get("/api/v1/clients/" + clientId).then().statusCode(Status.NOT_FOUND.getStatusCode());

        String memberId = supervisor.request()
                .body(Map.of("staffId", ccls.staffId(), "role", "child-life-specialist"))
                .post("/api/v1/clients/" + clientId + "/care-team").then()
                .statusCode(Status.CREATED.getStatusCode())
                .body("active", equalTo(true), "role", equalTo("child-life-specialist"))
                .extract().path("id");
        ccls.request().get("/api/v1/clients/" + clientId).then().statusCode(Status.OK.getStatusCode());
        ccls.request().get("/api/v1/clients").then().body("items.id", org.hamcrest.Matchers.hasItem(clientId));

        supervisor.request().delete("/api/v1/clients/" + clientId + "/care-team/" + memberId).then()
                .statusCode(Status.NO_CONTENT.getStatusCode());
        ccls.request().get("/api/v1/clients/" + clientId).then().statusCode(Status.NOT_FOUND.getStatusCode());
        supervisor.request().get("/api/v1/clients/" + clientId + "/care-team/" + memberId).then()
                .statusCode(Status.OK.getStatusCode())
                .body("active", equalTo(false), "until", notNullValue());
    }

    @Test
    void shouldForbidCareTeamChangesByOtherRoles() {
        Api therapist = Api.newTherapist();
        String clientId = Clients.create(therapist);
        Map<String, Object> body = Map.of("staffId", Api.newTherapist().staffId(), "role", "therapist");
        for (Api caller : new Api[] { therapist, Api.newChildLifeSpecialist(), Api.newIntegration() }) {
            caller.request().body(body).post("/api/v1/clients/" + clientId + "/care-team").then()
                    .statusCode(Status.FORBIDDEN.getStatusCode());
        }
        String memberId = therapist.request().get("/api/v1/clients/" + clientId + "/care-team").then()
                .extract().path("items[0].id");
        therapist.request().delete("/api/v1/clients/" + clientId + "/care-team/" + memberId).then()
                .statusCode(Status.FORBIDDEN.getStatusCode());
    }

    @Test
    void shouldRequireMatchingStaffRoleAndSinglePrimaryTherapist() {
        String clientId = Clients.create(Api.newTherapist());
        String cclsId = Api.newChildLifeSpecialist().staffId();
        supervisor.request().body(Map.of("staffId", cclsId, "role", "therapist"))
                .post("/api/v1/clients/" + clientId + "/care-team").then()
                .statusCode(422).body("violations[0].field", equalTo("role"));
        supervisor.request().body(Map.of("staffId", Api.newTherapist().staffId(), "role", "primary-therapist"))
                .post("/api/v1/clients/" + clientId + "/care-team").then()
                .statusCode(Status.CONFLICT.getStatusCode());
        supervisor.request().body(Map.of("staffId", "0190a1b2-0000-7000-8000-000000000000", "role", "therapist"))
                .post("/api/v1/clients/" + clientId + "/care-team").then()
                .statusCode(422).body("violations[0].field", equalTo("staffId"));
    }
}
