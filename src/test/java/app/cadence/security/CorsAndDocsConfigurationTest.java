package app.cadence.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;

import org.junit.jupiter.api.Test;

import app.cadence.support.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/** Production switches: an allowed browser origin, and Swagger UI and /q/openapi turned off. */
@QuarkusTest
@TestProfile(CorsAndDocsConfigurationTest.Configured.class)
class CorsAndDocsConfigurationTest {

    static final String PORTAL = "https://portal.hospital.example";

    public static class Configured implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.http.cors.origins", PORTAL,
                    "quarkus.swagger-ui.enabled", "false",
                    "quarkus.smallrye-openapi.enabled", "false");
        }
    }

    @Test
    void shouldAllowOnlyTheConfiguredOrigin() {
        given().header("Origin", PORTAL).header("Access-Control-Request-Method", "GET")
                .options("/api/v1/clients").then()
                .header("Access-Control-Allow-Origin", equalTo(PORTAL));
        Api.newTherapist().request().header("Origin", PORTAL).get("/api/v1/me").then().statusCode(200)
                .header("Access-Control-Allow-Origin", equalTo(PORTAL));
        Api.newTherapist().request().header("Origin", "https://attacker.example").get("/api/v1/me").then()
                .statusCode(403);
    }

    @Test
    void shouldHideSwaggerUiAndTheDocumentWhenSwitchedOff() {
        given().get("/q/swagger-ui/").then().statusCode(404);
        given().get("/q/openapi").then().statusCode(404);
    }
}
