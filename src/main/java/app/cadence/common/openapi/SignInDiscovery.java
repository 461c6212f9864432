package app.cadence.common.openapi;

import java.util.Optional;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;

import io.quarkus.smallrye.openapi.OpenApiFilter;

/**
 * Points the served document's "oidc" scheme at the identity provider this deployment really uses.
 * The stored document is built with the compose default (a Keycloak on localhost:8180); a hospital's
 * Keycloak lives elsewhere, and Swagger UI signs in wherever this URL leads. Set
 * {@code cadence.openapi.oidc-discovery-url} to override; by default it is the discovery document of
 * {@code quarkus.oidc.auth-server-url}.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.RUNTIME_STARTUP)
public class SignInDiscovery implements OASFilter {

    static final String SCHEME = "oidc";
    static final String WELL_KNOWN = "/.well-known/openid-configuration";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null || openAPI.getComponents().getSecuritySchemes() == null) {
            return;
        }
        SecurityScheme scheme = openAPI.getComponents().getSecuritySchemes().get(SCHEME);
        if (scheme != null && scheme.getType() == SecurityScheme.Type.OPENIDCONNECT) {
            discoveryUrl(ConfigProvider.getConfig()).ifPresent(scheme::setOpenIdConnectUrl);
        }
    }

    static Optional<String> discoveryUrl(Config config) {
        return config.getOptionalValue("cadence.openapi.oidc-discovery-url", String.class)
                .or(() -> config.getOptionalValue("quarkus.oidc.auth-server-url", String.class)
                        .map(server -> server.replaceAll("/+$", "") + WELL_KNOWN));
    }
}
