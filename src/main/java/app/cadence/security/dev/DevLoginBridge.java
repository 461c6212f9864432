package app.cadence.security.dev;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.arc.profile.IfBuildProfile;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;

/**
 * Dev mode only: lets Swagger UI's "Authorize" button sign in against Quarkus's in-process OIDC
 * dev service. That server listens on a random port and sends no CORS headers, so a browser page
 * on this origin can neither find it nor call its token endpoint. This bridge serves, on this
 * origin, the dev service's discovery document with the token endpoint pointing back here, and
 * forwards token requests to it. The login page itself is a plain redirect and needs no bridge.
 * Production and test builds do not contain this bean.
 */
@IfBuildProfile("dev")
@ApplicationScoped
class DevLoginBridge {

    static final String BASE = "/q/dev-oidc";

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper mapper;
    private final String devServiceUrl;

    DevLoginBridge(ObjectMapper mapper, @ConfigProperty(name = "quarkus.oidc.auth-server-url") String devServiceUrl) {
        this.mapper = mapper;
        this.devServiceUrl = devServiceUrl.replaceAll("/+$", "");
    }

    void register(@Observes Router router) {
        router.get(BASE + "/.well-known/openid-configuration").blockingHandler(this::discovery);
        router.post(BASE + "/token").handler(BodyHandler.create().setBodyLimit(16 * 1024)).blockingHandler(this::token);
    }

    private void discovery(RoutingContext context) {
        try {
            HttpResponse<String> upstream = http.send(
                    HttpRequest.newBuilder(URI.create(devServiceUrl + "/.well-known/openid-configuration")).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            ObjectNode document = (ObjectNode) mapper.readTree(upstream.body());
            String origin = context.request().scheme() + "://" + context.request().authority();
            document.put("token_endpoint", origin + BASE + "/token");
            // Offer Swagger UI the one flow Cadence supports: authorization code (with PKCE).
            document.putArray("response_types_supported").add("code");
            document.putArray("grant_types_supported").add("authorization_code");
            document.putArray("scopes_supported").add("openid").add("profile").add("email");
            context.response().putHeader(HttpHeaders.CONTENT_TYPE, "application/json").end(document.toString());
        } catch (IOException | InterruptedException | RuntimeException e) {
            unavailable(context);
        }
    }

    private void token(RoutingContext context) {
        try {
            HttpResponse<String> upstream = http.send(HttpRequest.newBuilder(URI.create(devServiceUrl + "/token"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(context.body().asString()))
                    .build(), HttpResponse.BodyHandlers.ofString());
            context.response()
                    .setStatusCode(upstream.statusCode())
                    .putHeader(HttpHeaders.CONTENT_TYPE, upstream.headers().firstValue("Content-Type").orElse("application/json"))
                    .putHeader(HttpHeaders.CACHE_CONTROL, "no-store")
                    .end(upstream.body());
        } catch (IOException | InterruptedException | RuntimeException e) {
            unavailable(context);
        }
    }

    private static void unavailable(RoutingContext context) {
        context.response().setStatusCode(502).end();
    }
}
