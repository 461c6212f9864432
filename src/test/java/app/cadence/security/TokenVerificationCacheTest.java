package app.cadence.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import java.util.Base64;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response.Status;

import org.junit.jupiter.api.Test;

import app.cadence.support.Tokens;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A token verified once is not verified again while it is valid (VerifiedTokens): these pin down
 * that the shortcut never accepts what verification would refuse.
 */
@QuarkusTest
class TokenVerificationCacheTest {

    private static final String ME = "/api/v1/me";

    @Inject
    VerifiedTokens verified;

    @Inject
    MeterRegistry registry;

    @Test
    void shouldRememberAVerifiedTokenAndNotARefusedOne() {
        String token = Tokens.forUser("cache-remembered", Roles.THERAPIST);
        given().auth().oauth2(token).get(ME).then().statusCode(Status.OK.getStatusCode());
        assertThat(verified.find(token)).isNotNull();

        String forged = withFlippedSignatureBit(Tokens.forUser("cache-forged", Roles.SUPERVISOR));
        given().auth().oauth2(forged).get(ME).then().statusCode(Status.UNAUTHORIZED.getStatusCode());
        assertThat(verified.find(forged)).isNull();
    }

    @Test
    void shouldAnswerARepeatedTokenFromTheCacheInsteadOfVerifyingItAgain() {
        String token = Tokens.forUser("cache-repeated", Roles.THERAPIST);
        double hits = cacheRequests("hit");
        double misses = cacheRequests("miss");

        for (int i = 0; i < 5; i++) {
            given().auth().oauth2(token).get(ME).then().statusCode(Status.OK.getStatusCode())
                    .body("subject", equalTo("cache-repeated"));
        }

        // Verified by OIDC once; the other four answered from the cache.
        assertThat(cacheRequests("miss") - misses).isEqualTo(1);
        assertThat(cacheRequests("hit") - hits).isEqualTo(4);
    }

    @Test
    void shouldRefuseARememberedTokenOnceItHasExpired() throws InterruptedException {
        String token = Tokens.expiringIn(3, "cache-expiry", Roles.THERAPIST);
        given().auth().oauth2(token).get(ME).then().statusCode(Status.OK.getStatusCode());
        given().auth().oauth2(token).get(ME).then().statusCode(Status.OK.getStatusCode());

        Thread.sleep(4_000);

        given().auth().oauth2(token).get(ME).then()
                .statusCode(Status.UNAUTHORIZED.getStatusCode())
                .contentType("application/problem+json");
    }

    @Test
    void shouldRefuseARememberedTokenWithAnotherSignature() {
        String token = Tokens.forUser("cache-signature", Roles.SUPERVISOR);
        given().auth().oauth2(token).get(ME).then().statusCode(Status.OK.getStatusCode());

        given().auth().oauth2(withFlippedSignatureBit(token)).get(ME).then()
                .statusCode(Status.UNAUTHORIZED.getStatusCode());
        given().auth().oauth2(token).get(ME).then().statusCode(Status.OK.getStatusCode());
    }

    @Test
    void shouldGiveEachRememberedTokenItsOwnCallerAndRoles() {
        String therapist = Tokens.forUser("cache-one", Roles.THERAPIST);
        String supervisor = Tokens.forUser("cache-two", Roles.SUPERVISOR);
        for (int round = 0; round < 3; round++) {
            given().auth().oauth2(therapist).get(ME).then().statusCode(Status.OK.getStatusCode())
                    .body("subject", equalTo("cache-one"), "roles", contains(Roles.THERAPIST));
            given().auth().oauth2(supervisor).get(ME).then().statusCode(Status.OK.getStatusCode())
                    .body("subject", equalTo("cache-two"), "roles", contains(Roles.SUPERVISOR));
        }
        // The therapist's remembered identity still cannot do what only a supervisor may.
        given().auth().oauth2(therapist).get("/api/v1/audit-events").then()
                .statusCode(Status.FORBIDDEN.getStatusCode());
    }

    private double cacheRequests(String result) {
        return registry.counter("cadence.token.cache.requests", "result", result).count();
    }

    private static String withFlippedSignatureBit(String token) {
        String[] parts = token.split("\\.");
        byte[] signature = Base64.getUrlDecoder().decode(parts[2]);
        signature[signature.length / 2] ^= 1;
        return parts[0] + "." + parts[1] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(signature);
    }
}
