package app.cadence.browser;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * The application as `./mvnw quarkus:dev` configures it — the dev configuration profile: Quarkus's
 * in-process OIDC dev service with the demo users, the same-origin sign-in bridge and the demo data —
 * started by the test framework instead of by dev mode. Only what the test run needs differs: a
 * random port, and the test database (in its public schema, cleaned at start) instead of cadence_dev.
 */
public class DevSignInProfile implements QuarkusTestProfile {

    @Override
    public String getConfigProfile() {
        return "dev";
    }

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "quarkus.http.test-port", "0",
                "quarkus.flyway.schemas", "public",
                "quarkus.flyway.clean-at-start", "true",
                "quarkus.flyway.clean-disabled", "false");
    }
}
