package app.cadence.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.api.Test;

import app.cadence.support.Api;
import app.cadence.support.Clients;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.ValidatableResponse;

@QuarkusTest
class HardeningTest {

    @Test
    void shouldHardenApiResponsesIncludingErrors() {
        hardened(Api.newTherapist().request().get("/api/v1/me").then().statusCode(200));
        hardened(given().get("/api/v1/me").then().statusCode(401));
        hardened(given().get("/api/v1/nothing-here").then().statusCode(404));
        given().get("/api/v1/me").then()
                .header("Content-Security-Policy", containsString("default-src 'none'"))
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"));
    }

    @Test
    void shouldServeSwaggerUiUnderAPolicyItWorksWith() {
        hardened(given().get("/q/swagger-ui/").then().statusCode(200))
                .header("Content-Security-Policy", containsString("script-src 'self' 'unsafe-inline'"))
                .header("Content-Security-Policy", containsString("connect-src 'self' http://localhost:8180"))
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"));
    }

    @Test
    void shouldRefuseCrossOriginCallsByDefault() {
        given().header("Origin", "https://attacker.example")
                .header("Access-Control-Request-Method", "GET")
                .options("/api/v1/clients").then()
                .header("Access-Control-Allow-Origin", nullValue());
        Api therapist = Api.newTherapist();
        therapist.request().header("Origin", "https://attacker.example").get("/api/v1/me").then()
                .statusCode(403)
                .header("Access-Control-Allow-Origin", nullValue());
    }

    @Test
    void shouldAcceptSameOriginCallsAsSwaggerUiMakesThem() {
        // Browsers send Origin on a same-origin POST too; Swagger UI's "Try it out" must not be refused.
        String ownOrigin = "http://localhost:" + RestAssured.port;
        Api.newTherapist().request().header("Origin", ownOrigin).body(Clients.child()).post("/api/v1/clients").then()
                .statusCode(201);
    }

    private static ValidatableResponse hardened(ValidatableResponse response) {
        return response
                .header("Strict-Transport-Security", containsString("max-age="))
                .header("X-Content-Type-Options", equalTo("nosniff"))
                .header("X-Frame-Options", equalTo("DENY"))
                .header("Referrer-Policy", equalTo("no-referrer"))
                .header("Server", nullValue())
                .header("X-Powered-By", nullValue())
                .header("Content-Security-Policy", not(nullValue()));
    }
}
