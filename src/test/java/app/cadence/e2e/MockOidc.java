package app.cadence.e2e;

import java.util.Map;

import app.cadence.support.Tokens;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/**
 * The mock OIDC server the {@code @QuarkusTest}s use, for tests of the packaged application: it
 * publishes the key that signs {@link Tokens}, so a production-mode Cadence verifies them exactly as
 * it verifies a real provider's. Quicker to start than Keycloak, which one end-to-end test covers.
 */
final class MockOidc implements AutoCloseable {

    private final OidcWiremockTestResource server = new OidcWiremockTestResource();
    private final String realmUrl;

    private MockOidc() {
        this.realmUrl = server.start().get("keycloak.url") + "/realms/quarkus/";
    }

    static MockOidc start() {
        return new MockOidc();
    }

    /** Cadence's configuration for this provider. */
    Map<String, String> env() {
        return Map.of("QUARKUS_OIDC_AUTH_SERVER_URL", realmUrl, "QUARKUS_OIDC_TOKEN_ISSUER", Tokens.ISSUER);
    }

    @Override
    public void close() {
        server.stop();
    }
}
