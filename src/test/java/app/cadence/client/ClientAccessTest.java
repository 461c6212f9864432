package app.cadence.client;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.util.Map;

import jakarta.ws.rs.core.Response.Status;

import org.junit.jupiter.api.Test;

import app.cadence.support.Api;
import app.cadence.support.Clients;
import io.quarkus.test.junit.QuarkusTest;

/** Care-team visibility: outside their teams a clinician meets 404, exactly as for a missing client. */
@QuarkusTest
class ClientAccessTest {

    @Test
    void shouldMakeCreatingTherapistThePrimaryTherapist() {
        Api therapist = Api.newTherapist();
        String clientId = Clients.create(therapist);

        therapist.request().get("/api/v1/clients/" + clientId).then()
                .statusCode(Status.OK.getStatusCode())
                .header("ETag", "\"0\"")
                .body("id", equalTo(clientId), "status", equalTo("referred"), "familyName", equalTo("Okafor"));
        therapist.request().get("/api/v1/clients/" + clientId + "/care-team").then()
                .statusCode(Status.OK.getStatusCode())
                .body("items[0].role", equalTo("primary-therapist"), "items[0].staffId", equalTo(therapist.staffId()),
                        "items[0].active", equalTo(true));
    }

    @Test
    void shouldHideClientOutsideCareTeamAsNotFound() {
        String clientId = Clients.create(Api.newTherapist());
        Api otherTherapist = Api.newTherapist();
        Api ccls = Api.newChildLifeSpecialist();

        String missingBody = otherTherapist.request().get("/api/v1/clients/0190a1b2-0000-7000-8000-000000000000")
                .then().statusCode(Status.NOT_FOUND.getStatusCode()).extract().path("title");
        otherTherapist.request().get("/api/v1/clients/" + clientId).then()
                .statusCode(Status.NOT_FOUND.getStatusCode())
                .contentType("application/problem+json")
                .body("title", equalTo(missingBody));
        ccls.request().get("/api/v1/clients/" + clientId).then().statusCode(Status.NOT_FOUND.getStatusCode());
        otherTherapist.request().get("/api/v1/clients/" + clientId + "/care-team").then()
                .statusCode(Status.NOT_FOUND.getStatusCode());
        otherTherapist.request().get("/api/v1/clients").then()
                .statusCode(Status.OK.getStatusCode())
                .body("items.id", not(hasItem(clientId)));
    }

    @Test
    void shouldLetSupervisorAndIntegrationSeeEveryClient() {
        String clientId = Clients.create(Api.newTherapist());
        for (Api reader : new Api[] { Api.newSupervisor(), Api.newIntegration() }) {
            reader.request().get("/api/v1/clients/" + clientId).then().statusCode(Status.OK.getStatusCode());
        }
    }

    @Test
    void shouldLetChildLifeSpecialistFollowClientTheyCreatedButNotEditIt() {
        Api ccls = Api.newChildLifeSpecialist();
        String clientId = Clients.create(ccls);

        String etag = ccls.request().get("/api/v1/clients/" + clientId).then()
                .statusCode(Status.OK.getStatusCode()).extract().header("ETag");
        ccls.request().header("If-Match", etag).body(Clients.child()).put("/api/v1/clients/" + clientId).then()
                .statusCode(Status.FORBIDDEN.getStatusCode())
                .contentType("application/problem+json");
    }

    @Test
    void shouldRefuseUpdateOfClientOutsideCareTeamWithNotFound() {
        String clientId = Clients.create(Api.newTherapist());
        Api.newTherapist().request().header("If-Match", "\"0\"").body(Clients.child())
                .put("/api/v1/clients/" + clientId).then()
                .statusCode(Status.NOT_FOUND.getStatusCode());
    }

    @Test
    void shouldLetIntegrationUpdateAnyClient() {
        String clientId = Clients.create(Api.newTherapist());
        Map<String, Object> body = Clients.child("Mila", "Okafor-Reyes");
        Api.newIntegration().request().header("If-Match", "\"0\"").body(body).put("/api/v1/clients/" + clientId).then()
                .statusCode(Status.OK.getStatusCode())
                .body("familyName", equalTo("Okafor-Reyes"));
    }
}
