package app.cadence.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import jakarta.ws.rs.core.Response.Status;

import org.junit.jupiter.api.Test;

import app.cadence.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class AuthenticationTest {

    private static final String CLIENTS = "/api/v1/clients";

    @Test
    void shouldRefuseRequestWithoutToken() {
        given().get(CLIENTS).then()
                .statusCode(Status.UNAUTHORIZED.getStatusCode())
                .contentType("application/problem+json")
                .header("WWW-Authenticate", startsWith("Bearer"))
                .body("status", equalTo(401), "title", equalTo("Authentication required"), "instance", equalTo(CLIENTS));
    }

    @Test
    void shouldRefuseExpiredToken() {
        given().auth().oauth2(Tokens.expired("maya", "therapist")).get(CLIENTS).then()
                .statusCode(Status.UNAUTHORIZED.getStatusCode())
                .contentType("application/problem+json")
                .header("WWW-Authenticate", equalTo("Bearer error=\"invalid_token\", error_description=\"The access token expired\""))
                .body("detail", containsString("expired"));
    }

    @Test
    void shouldNotCallAnUnexpiredButForgedTokenExpired() {
        given().auth().oauth2(Tokens.signedByStranger("maya", "therapist")).get(CLIENTS).then()
                .statusCode(Status.UNAUTHORIZED.getStatusCode())
                .header("WWW-Authenticate", equalTo("Bearer error=\"invalid_token\""))
                .body("detail", not(containsString("expired")));
    }

    @Test
    void shouldRefuseTokenFromAnotherIssuer() {
        given().auth().oauth2(Tokens.fromIssuer("https://attacker.example.com", "maya", "supervisor")).get(CLIENTS).then()
                .statusCode(Status.UNAUTHORIZED.getStatusCode())
                .contentType("application/problem+json");
    }

    @Test
    void shouldRefuseTokenSignedByUnknownKey() {
        given().auth().oauth2(Tokens.signedByStranger("maya", "supervisor")).get(CLIENTS).then()
                .statusCode(Status.UNAUTHORIZED.getStatusCode());
    }

    @Test
    void shouldRefuseGarbageToken() {
        given().auth().oauth2("not-a-jwt").get(CLIENTS).then()
                .statusCode(Status.UNAUTHORIZED.getStatusCode());
    }

    @Test
    void shouldForbidCallerWithoutCadenceRole() {
        String token = Tokens.forUser("visitor", "offline_access", "uma_authorization");
        for (String path : new String[] { CLIENTS, "/api/v1/me", "/api/v1/staff",
                CLIENTS + "/0190a1b2-0000-7000-8000-000000000000" }) {
            given().auth().oauth2(token).get(path).then()
                    .statusCode(Status.FORBIDDEN.getStatusCode())
                    .contentType("application/problem+json")
                    .body("status", equalTo(403), "instance", equalTo(path));
        }
        given().auth().oauth2(token).contentType("application/json").body("{}").post(CLIENTS).then()
                .statusCode(Status.FORBIDDEN.getStatusCode());
    }

    @Test
    void shouldAcceptValidTokenOfEachRole() {
        for (String role : Roles.ALL) {
            given().auth().oauth2(Tokens.forUser("user-" + role, role)).get("/api/v1/me").then()
                    .statusCode(Status.OK.getStatusCode())
                    .body("subject", equalTo("user-" + role), "roles[0]", equalTo(role));
        }
    }
}
