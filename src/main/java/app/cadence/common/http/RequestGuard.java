package app.cadence.common.http;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import app.cadence.common.problem.ProblemType;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Refuses, with a problem response, what the HTTP server would otherwise refuse with an empty one:
 * a URI that is not well-formed (400), longer than {@link #MAX_URI_LENGTH} (414), headers over
 * {@link #MAX_HEADERS_BYTES} (431), and a cross-origin browser call from an origin not allowed by
 * {@code quarkus.http.cors.origins} (403, decided as Quarkus's CORS filter decides, which then never
 * needs to refuse). The server's own limits are set far above these (application.properties), and
 * its own URI check is left to this guard (CadenceMain), so that these answers are the ones sent.
 */
@ApplicationScoped
class RequestGuard {

    static final int MAX_URI_LENGTH = 4096;
    static final int MAX_HEADERS_BYTES = 20 * 1024;

    private final RouteProblems problems;
    private final List<String> origins;
    private final List<Pattern> originPatterns;
    private final boolean anyOrigin;

    RequestGuard(RouteProblems problems, @ConfigProperty(name = "quarkus.http.cors.origins") Optional<List<String>> origins) {
        this.problems = problems;
        this.origins = origins.orElse(List.of());
        this.originPatterns = this.origins.stream().filter(o -> o.length() > 2 && o.startsWith("/") && o.endsWith("/"))
                .map(o -> Pattern.compile(o.substring(1, o.length() - 1))).toList();
        this.anyOrigin = this.origins.contains("*") || this.origins.contains("/.*/");
    }

    void register(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::guard);
    }

    void guard(RoutingContext context) {
        HttpServerRequest request = context.request();
        if (request.uri().length() > MAX_URI_LENGTH) {
            problems.send(context, ProblemType.URI_TOO_LONG, "Request URIs are limited to " + MAX_URI_LENGTH + " characters");
        } else if (!wellFormed(request.uri())) {
            problems.send(context, ProblemType.MALFORMED_REQUEST,
                    "The request URI is not well-formed (check its percent-escapes and reserved characters)");
        } else if (headerBytes(request) > MAX_HEADERS_BYTES) {
            problems.send(context, ProblemType.HEADERS_TOO_LARGE,
                    "Request headers are limited to " + MAX_HEADERS_BYTES / 1024 + " KiB in all");
        } else if (!originAllowed(request)) {
            problems.send(context, ProblemType.ORIGIN_NOT_ALLOWED,
                    "This origin is not allowed to call the API from a browser (quarkus.http.cors.origins)");
        } else {
            context.next();
        }
    }

    private static boolean wellFormed(String uri) {
        try {
            new URI(uri);
            return true;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static int headerBytes(HttpServerRequest request) {
        int bytes = 0;
        for (Map.Entry<String, String> header : request.headers()) {
            bytes += header.getKey().length() + header.getValue().length() + 4;
        }
        return bytes;
    }

    /** No Origin, a configured one (exact or /regex/), or this server's own origin. */
    private boolean originAllowed(HttpServerRequest request) {
        String origin = request.getHeader(HttpHeaders.ORIGIN);
        if (origin == null || anyOrigin || origins.contains(origin)
                || originPatterns.stream().anyMatch(p -> p.matcher(origin).matches())) {
            return true;
        }
        return sameOrigin(request, origin);
    }

    private static boolean sameOrigin(HttpServerRequest request, String origin) {
        if (origin.equals(request.scheme() + "://" + request.host())) {
            return true;
        }
        try {
            URI own = new URI(request.absoluteURI());
            URI theirs = new URI(origin);
            return own.getScheme() != null && own.getScheme().equalsIgnoreCase(theirs.getScheme())
                    && own.getHost() != null && own.getHost().equalsIgnoreCase(theirs.getHost())
                    && port(own) == port(theirs);
        } catch (URISyntaxException | NullPointerException e) {
            return false;
        }
    }

    private static int port(URI uri) {
        if (uri.getPort() != -1) {
            return uri.getPort();
        }
        return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }
}
