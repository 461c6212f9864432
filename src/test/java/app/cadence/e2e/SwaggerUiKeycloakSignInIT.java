package app.cadence.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.jboss.logging.Logger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import app.cadence.browser.Chromium;
import app.cadence.browser.SwaggerUi;
import io.restassured.path.json.JsonPath;

/**
 * Swagger UI of the packaged Cadence in production mode, signing in through a real Keycloak with
 * the realm of docker/keycloak (client cadence-swagger, authorization code + PKCE), in headless
 * Chromium. Each demo person signs in on Keycloak's login page and "Try it out" on GET /api/v1/me
 * shows them; the hospital integration, a service account without a login page, pastes its
 * client-credentials token under bearer. Every page is loaded once, never reloaded. The servers are
 * shared with the other end-to-end tests ({@link ProductionStack}). Screenshots in target/screenshots.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SwaggerUiKeycloakSignInIT {

    private static final Logger LOG = Logger.getLogger(SwaggerUiKeycloakSignInIT.class);
    private static final Map<String, String> PEOPLE = Map.of(
            "maya", "therapist:Maya Lindqvist",
            "jordan", "child-life-specialist:Jordan Reyes",
            "sam", "supervisor:Sam Okoro");

    private KeycloakServer keycloak;
    private CadenceServer cadence;
    private Instant started;

    @BeforeAll
    void startServers() throws Exception {
        assumeTrue(Chromium.installed(), "Debian's chromium and chromium-driver (.ci/run installs them)");
        started = Instant.now();
        ProductionStack stack = ProductionStack.get();
        keycloak = stack.keycloak;
        cadence = stack.cadence;
        keycloak.allowSwaggerUiAt(cadence.url);
    }

    @AfterAll
    void report() {
        if (started != null) {
            LOG.infof("[e2e] Swagger UI sign-in through Keycloak took %d s in all", Duration.between(started, Instant.now()).toSeconds());
        }
    }

    @Test
    void shouldSignEachPersonInThroughKeycloakAndShowThemOnGetMe() throws Exception {
        for (String user : new String[] { "maya", "jordan", "sam" }) {
            String[] expected = PEOPLE.get(user).split(":");
            try (SwaggerUi ui = SwaggerUi.open(cadence.url, "keycloak-" + user)) {
                assertThat(ui.openAuthorizeDialog()).as("schemes Authorize offers on the first load, for " + user)
                        .contains("oidc", "bearer");
                ui.signInWithOidc(browser -> {
                    new WebDriverWait(browser, Duration.ofSeconds(60))
                            .until(ExpectedConditions.elementToBeClickable(By.id("username"))).sendKeys(user);
                    browser.findElement(By.id("password")).sendKeys("demo");
                    browser.findElement(By.id("kc-login")).click();
                });
                assertShowsCaller(ui.tryItOut("Staff", "getMe"), expected[0], expected[1]);
            }
        }
    }

    @Test
    void shouldShowTheHospitalIntegrationWhenItsTokenIsPastedUnderBearer() throws Exception {
        try (SwaggerUi ui = SwaggerUi.open(cadence.url, "keycloak-hospital")) {
            assertThat(ui.openAuthorizeDialog()).contains("oidc", "bearer");
            ui.signInWithBearer(keycloak.serviceAccountToken());
            SwaggerUi.Shown me = ui.tryItOut("Staff", "getMe");
            assertThat(me.status()).as(me.body()).isEqualTo("200");
            assertThat(new JsonPath(me.body()).getList("roles", String.class)).as(me.body()).containsExactly("integration");
            assertThat(new JsonPath(me.body()).getString("subject")).as(me.body()).isNotBlank();
        }
    }

    private static void assertShowsCaller(SwaggerUi.Shown me, String role, String name) {
        assertThat(me.status()).as("GET /me: " + me.body()).isEqualTo("200");
        JsonPath body = new JsonPath(me.body());
        assertThat(body.getList("roles", String.class)).as(me.body()).containsExactly(role);
        assertThat(body.getString("displayName")).as(me.body()).isEqualTo(name);
    }
}
