package app.cadence.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.URI;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;

/**
 * Swagger UI's sign-in in dev mode's configuration, in headless Chromium: for each demo user, the
 * page is loaded once (the first load of all comes right after the application started), Authorize
 * offers the oidc scheme at once, the dev OIDC service's login page signs the user in, and "Try it
 * out" on GET /api/v1/me shows that user with their role. Screenshots in target/screenshots.
 */
@QuarkusTest
@TestProfile(DevSignInProfile.class)
class SwaggerUiDevSignInTest {

    private static final Map<String, String> DEMO_USERS = Map.of(
            "maya", "therapist",
            "jordan", "child-life-specialist",
            "sam", "supervisor",
            "hospital", "integration");

    @TestHTTPResource("/")
    URI root;

    @Test
    void shouldSignEachDemoUserInOnTheFirstPageLoadAndShowThemOnGetMe() throws IOException {
        assumeTrue(Chromium.installed(), "Debian's chromium and chromium-driver (.ci/run installs them)");
        // localhost, as the README opens it: the dev login page sends the browser back there.
        String base = "http://localhost:" + root.getPort();
        for (String user : new String[] { "maya", "jordan", "sam", "hospital" }) {
            try (SwaggerUi ui = SwaggerUi.open(base, "dev-" + user)) {
                assertThat(ui.openAuthorizeDialog()).as("schemes Authorize offers on the first load, for " + user)
                        .contains("oidc", "bearer");
                ui.signInWithOidc(browser -> new WebDriverWait(browser, java.time.Duration.ofSeconds(60))
                        .until(ExpectedConditions.elementToBeClickable(By.cssSelector("button[value='" + user + "']")))
                        .click());
                SwaggerUi.Shown me = ui.tryItOut("Staff", "getMe");
                assertThat(me.status()).as("GET /me as " + user + ": " + me.body()).isEqualTo("200");
                JsonPath body = new JsonPath(me.body());
                assertThat(body.getList("roles", String.class)).as(me.body()).containsExactly(DEMO_USERS.get(user));
                assertThat(body.getString("subject") + " " + body.getString("displayName")).as(me.body())
                        .containsIgnoringCase(user);
            }
        }
    }
}
