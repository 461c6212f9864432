package app.cadence.support;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/**
 * Resources every {@code @QuarkusTest} shares: the test database and the mock OIDC server whose
 * keys sign the tokens of {@link Tokens}. Declared once here; they apply to all test classes.
 */
@QuarkusTestResource(TestDatabase.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
public final class GlobalTestResources {

    private GlobalTestResources() {
    }
}
