package app.cadence.e2e;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.jboss.logging.Logger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

import app.cadence.support.Clients;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/**
 * Cadence as it runs in production — the packaged jar in prod mode — against a real Keycloak with
 * the realm of docker/keycloak/cadence-realm.json, called with tokens Keycloak issued: password
 * grant for the demo users, client credentials for the hospital integration. The servers are
 * shared with the other end-to-end tests ({@link ProductionStack}).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class KeycloakEndToEndIT {

    private static final Logger LOG = Logger.getLogger(KeycloakEndToEndIT.class);

    private KeycloakServer keycloak;
    private CadenceServer cadence;
    private Instant started;

    private String therapist;
    private String childLifeSpecialist;
    private String supervisor;
    private String integration;

    @BeforeAll
    void startServers() throws Exception {
        started = Instant.now();
        ProductionStack stack = ProductionStack.get();
        keycloak = stack.keycloak;
        cadence = stack.cadence;
        therapist = keycloak.passwordToken("maya");
        childLifeSpecialist = keycloak.passwordToken("jordan");
        supervisor = keycloak.passwordToken("sam");
        integration = keycloak.serviceAccountToken();
    }

    @AfterAll
    void report() {
        LOG.infof("[e2e] Keycloak end-to-end test took %d s in all", Duration.between(started, Instant.now()).toSeconds());
    }

    private RequestSpecification as(String token) {
        return given().baseUri(cadence.url).auth().oauth2(token).contentType(ContentType.JSON).accept(ContentType.JSON);
    }

    @Test
    @Order(1)
    void shouldProvisionEachCallerWithTheRoleKeycloakGave() {
        as(therapist).get("/api/v1/me").then().statusCode(200)
                .body("roles", contains("therapist"), "displayName", equalTo("Maya Lindqvist"));
        as(childLifeSpecialist).get("/api/v1/me").then().statusCode(200).body("roles", contains("child-life-specialist"));
        as(supervisor).get("/api/v1/me").then().statusCode(200).body("roles", contains("supervisor"));
        as(integration).get("/api/v1/me").then().statusCode(200).body("roles", contains("integration"));
    }

    @Test
    @Order(2)
    void shouldAllowAndRefuseEachRoleAsThePermissionMatrixSays() {
        String clientId = as(therapist).body(Clients.child()).post("/api/v1/clients").then().statusCode(201)
                .extract().path("id");
        String path = "/api/v1/clients/" + clientId;

        as(therapist).get(path).then().statusCode(200);
        as(supervisor).get(path).then().statusCode(200);
        as(integration).get(path).then().statusCode(200);
        // The child life specialist is not on this child's care team yet: the child does not exist for them.
        as(childLifeSpecialist).get(path).then().statusCode(404);
        as(childLifeSpecialist).get("/api/v1/clients").then().statusCode(200).body("items.id", not(hasItem(clientId)));
        as(childLifeSpecialist).header("If-Match", "\"0\"").body(Clients.child()).put(path).then().statusCode(403);

        String jordan = as(childLifeSpecialist).get("/api/v1/me").then().extract().path("id");
        Map<String, Object> member = Map.of("staffId", jordan, "role", "child-life-specialist");
        as(therapist).body(member).post(path + "/care-team").then().statusCode(403);
        as(integration).body(member).post(path + "/care-team").then().statusCode(403);
        as(supervisor).body(member).post(path + "/care-team").then().statusCode(201);
        as(childLifeSpecialist).get(path).then().statusCode(200).body("id", equalTo(clientId));

        Map<String, Object> staff = Map.of("subject", "pre-provisioned-" + clientId, "displayName", "Alex Demo",
                "roles", List.of("therapist"));
        as(therapist).body(staff).post("/api/v1/staff").then().statusCode(403);
        as(integration).body(staff).post("/api/v1/staff").then().statusCode(403);
        as(supervisor).body(staff).post("/api/v1/staff").then().statusCode(201);
    }

    @Test
    @Order(3)
    void shouldRunTheReferralAndAuditRulesWithKeycloakTokens() {
        Map<String, Object> child = Clients.child();
        String referral = as(childLifeSpecialist)
                .body(Map.of("client", child, "reasons", List.of("anxiety"), "priority", "urgent"))
                .post("/api/v1/referrals").then().statusCode(201).extract().path("id");
        as(childLifeSpecialist).post("/api/v1/referrals/" + referral + "/accept").then().statusCode(403);
        as(integration).post("/api/v1/referrals/" + referral + "/accept").then().statusCode(403);
        String clientId = as(therapist).post("/api/v1/referrals/" + referral + "/accept").then().statusCode(200)
                .extract().path("clientId");
        as(therapist).get("/api/v1/clients/" + clientId).then().statusCode(200).body("status", equalTo("active"));

        for (String refused : new String[] { therapist, childLifeSpecialist, integration }) {
            as(refused).get("/api/v1/audit-events").then().statusCode(403);
        }
        as(supervisor).get("/api/v1/audit-events?clientId=" + clientId).then().statusCode(200)
                .body("items.find { it.resourceType == 'referral' && it.action == 'update' }.outcome", equalTo("success"));
        // A refused decision is on record under the refused caller, with the referral it named.
        String jordan = as(childLifeSpecialist).get("/api/v1/me").then().extract().path("subject");
        as(supervisor).get("/api/v1/audit-events?actor=" + jordan).then().statusCode(200)
                .body("items.find { it.path.endsWith('/accept') }.outcome", equalTo("denied"),
                        "items.find { it.path.endsWith('/accept') }.resourceId", equalTo(referral));
    }

    @Test
    @Order(4)
    void shouldRefuseMissingAndTamperedTokens() {
        given().baseUri(cadence.url).get("/api/v1/me").then().statusCode(401);
        as(tamperedSignature(therapist)).get("/api/v1/me").then().statusCode(401)
                .contentType("application/problem+json");
    }

    /** Last: it shortens Keycloak's token lifespan. */
    @Test
    @Order(5)
    void shouldRefuseAnExpiredToken() throws InterruptedException {
        keycloak.setCadenceApiTokenLifespan(1);
        String shortLived = keycloak.passwordToken("maya");
        as(shortLived).get("/api/v1/me").then().statusCode(200);
        Thread.sleep(2_500);
        as(shortLived).get("/api/v1/me").then().statusCode(401).contentType("application/problem+json");
    }

    /** The same header and claims with one bit of the signature flipped. */
    private static String tamperedSignature(String token) {
        String[] parts = token.split("\\.");
        byte[] signature = Base64.getUrlDecoder().decode(parts[2]);
        signature[signature.length / 2] ^= 1;
        return parts[0] + "." + parts[1] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(signature);
    }
}
