package app.cadence.ops;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class OperationsTest {

    @Test
    void shouldReportLivenessAndDatabaseReadiness() {
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        given().get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"), "checks.name", org.hamcrest.Matchers.hasItem(containsString("Database")));
    }

    @Test
    void shouldExposePrometheusMetrics() {
        // Request metrics appear once an API request has been served; this test must not rely on others running first.
        given().get("/api/v1/me").then().statusCode(401);
        given().get("/q/metrics").then().statusCode(200).body(containsString("http_server_requests"));
    }

    @Test
    void shouldServeSwaggerUi() {
        given().get("/q/swagger-ui/").then().statusCode(200).body(containsString("swagger"));
    }
}
