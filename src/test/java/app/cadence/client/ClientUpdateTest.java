package app.cadence.client;

import static org.hamcrest.Matchers.equalTo;

import java.util.Map;

import jakarta.ws.rs.core.Response.Status;

import org.junit.jupiter.api.Test;

import app.cadence.support.Api;
import app.cadence.support.Clients;
import io.quarkus.test.junit.QuarkusTest;

/** PUT replaces the version the caller read: If-Match is required and must be current. */
@QuarkusTest
class ClientUpdateTest {

    private final Api therapist = Api.newTherapist();

    @Test
    void shouldRequireIfMatch() {
        String clientId = Clients.create(therapist);
        therapist.request().body(Clients.child()).put("/api/v1/clients/" + clientId).then()
                .statusCode(428)
                .contentType("application/problem+json")
                .body("status", equalTo(428));
    }

    @Test
    void shouldRefuseStaleIfMatchAndKeepNewerVersion() {
        String clientId = Clients.create(therapist);
        String original = therapist.request().get("/api/v1/clients/" + clientId).then().extract().header("ETag");

        Map<String, Object> first = Clients.child("Mila", "Okafor");
        first.put("unit", "Oncology");
        String updated = therapist.request().header("If-Match", original).body(first)
                .put("/api/v1/clients/" + clientId).then()
                .statusCode(Status.OK.getStatusCode())
                .body("unit", equalTo("Oncology"))
                .extract().header("ETag");

        Map<String, Object> stale = Clients.child("Mila", "Okafor");
        stale.put("unit", "Cardiology");
        therapist.request().header("If-Match", original).body(stale).put("/api/v1/clients/" + clientId).then()
                .statusCode(Status.PRECONDITION_FAILED.getStatusCode())
                .contentType("application/problem+json");

        therapist.request().get("/api/v1/clients/" + clientId).then()
                .header("ETag", equalTo(updated))
                .body("unit", equalTo("Oncology"));
    }

    @Test
    void shouldFollowStatusLifecycle() {
        String clientId = Clients.create(therapist);
        Map<String, Object> body = Clients.child();
        body.put("identifiers", java.util.List.of());
        body.put("status", "active");
        String etag = therapist.request().header("If-Match", "\"0\"").body(body).put("/api/v1/clients/" + clientId)
                .then().statusCode(200).body("status", equalTo("active")).extract().header("ETag");

        body.put("status", "referred");
        therapist.request().header("If-Match", etag).body(body).put("/api/v1/clients/" + clientId).then()
                .statusCode(Status.CONFLICT.getStatusCode());
        body.put("status", "discharged");
        therapist.request().header("If-Match", etag).body(body).put("/api/v1/clients/" + clientId).then()
                .statusCode(Status.CONFLICT.getStatusCode());
    }
}
