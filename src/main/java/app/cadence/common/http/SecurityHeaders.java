package app.cadence.common.http;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.vertx.core.MultiMap;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Browser hardening on every response, errors included. The API and the OpenAPI document get a
 * policy that allows nothing (they are data, never rendered). Swagger UI gets the narrowest policy
 * it works under: its own scripts and styles (its page bootstraps with inline code), and
 * connections to this origin plus the identity provider it signs in with.
 */
@ApplicationScoped
class SecurityHeaders {

    static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    private final String swaggerUiPolicy;
    private final String hsts;

    SecurityHeaders(
            @ConfigProperty(name = "cadence.http.identity-provider-origin") String identityProviderOrigin,
            @ConfigProperty(name = "cadence.http.hsts-max-age", defaultValue = "31536000") long hstsMaxAge) {
        this.swaggerUiPolicy = "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; "
                + "img-src 'self' data:; font-src 'self' data:; connect-src 'self' " + identityProviderOrigin + "; "
                + "frame-ancestors 'none'; base-uri 'self'; form-action 'self'";
        this.hsts = "max-age=" + hstsMaxAge + "; includeSubDomains";
    }

    void register(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE + 1).handler(this::addHeaders);
    }

    void addHeaders(RoutingContext context) {
        String path = context.normalizedPath();
        context.addHeadersEndHandler(ignored -> set(context.response().headers(), path));
        context.next();
    }

    /** Sets the headers of a response to this path. */
    void set(MultiMap headers, String path) {
        headers.set("Strict-Transport-Security", hsts);
        headers.set("X-Content-Type-Options", "nosniff");
        headers.set("X-Frame-Options", "DENY");
        headers.set("Referrer-Policy", "no-referrer");
        headers.set("Content-Security-Policy", path.startsWith("/q/swagger-ui") ? swaggerUiPolicy : API_POLICY);
        headers.remove("Server");
        headers.remove("X-Powered-By");
    }
}
