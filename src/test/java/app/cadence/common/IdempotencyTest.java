package app.cadence.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.ws.rs.core.Response.Status;

import org.junit.jupiter.api.Test;

import app.cadence.support.Api;
import app.cadence.support.Clients;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

@QuarkusTest
class IdempotencyTest {

    private final Api integration = Api.newIntegration();

    @Test
    void shouldReplayRetryWithSameKeyAndCreateOneClient() {
        String key = UUID.randomUUID().toString();
        String mrn = Clients.newMrn();
        Map<String, Object> body = Clients.child();
        body.put("identifiers", List.of(Map.of("system", Clients.MRN_SYSTEM, "value", mrn)));

        Response first = integration.request().header("Idempotency-Key", key).body(body).post("/api/v1/clients");
        Response retry = integration.request().header("Idempotency-Key", key).body(body).post("/api/v1/clients");

        assertThat(first.statusCode()).isEqualTo(Status.CREATED.getStatusCode());
        assertThat(retry.statusCode()).isEqualTo(Status.CREATED.getStatusCode());
        assertThat(retry.header("Location")).isEqualTo(first.header("Location"));
        assertThat(retry.header("ETag")).isEqualTo(first.header("ETag"));
        assertThat(retry.header("Idempotency-Replayed")).isEqualTo("true");
        assertThat(retry.jsonPath().getString("id")).isEqualTo(first.jsonPath().getString("id"));
        assertThat(retry.jsonPath().getMap("")).isEqualTo(first.jsonPath().getMap(""));

        integration.request().queryParam("identifier", Clients.MRN_SYSTEM + "|" + mrn).get("/api/v1/clients").then()
                .statusCode(200)
                .body("items.size()", equalTo(1));
    }

    @Test
    void shouldRefuseSameKeyWithAnotherBody() {
        String key = UUID.randomUUID().toString();
        integration.request().header("Idempotency-Key", key).body(Clients.child()).post("/api/v1/clients").then()
                .statusCode(Status.CREATED.getStatusCode());
        integration.request().header("Idempotency-Key", key).body(Clients.child("Theo", "Lindqvist"))
                .post("/api/v1/clients").then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("Idempotency-Key"));
    }

    @Test
    void shouldKeepKeysOfDifferentCallersApart() {
        String key = UUID.randomUUID().toString();
        String first = integration.request().header("Idempotency-Key", key).body(Clients.child())
                .post("/api/v1/clients").then().statusCode(201).extract().path("id");
        String second = Api.newIntegration().request().header("Idempotency-Key", key).body(Clients.child())
                .post("/api/v1/clients").then().statusCode(201).extract().path("id");
        assertThat(second).isNotEqualTo(first);
    }

    @Test
    void shouldNotRememberFailedRequests() {
        String key = UUID.randomUUID().toString();
        Map<String, Object> invalid = Clients.child();
        invalid.put("familyName", "");
        integration.request().header("Idempotency-Key", key).body(invalid).post("/api/v1/clients").then().statusCode(422);
        integration.request().header("Idempotency-Key", key).body(Clients.child()).post("/api/v1/clients").then()
                .statusCode(Status.CREATED.getStatusCode());
    }
}
