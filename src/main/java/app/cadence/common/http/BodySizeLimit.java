package app.cadence.common.http;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import app.cadence.common.problem.ProblemType;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Refuses declared bodies over 1 MiB before reading them, with a problem response. A chunked body,
 * whose size shows only while it arrives, is cut off at the same size by the JSON reader
 * (common/json/StrictJson), which answers the same problem.
 */
@ApplicationScoped
class BodySizeLimit {

    static final long MAX_BODY_BYTES = 1024 * 1024;

    private final RouteProblems problems;

    BodySizeLimit(RouteProblems problems) {
        this.problems = problems;
    }

    void register(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE + 3).handler(this::limit);
    }

    void limit(RoutingContext context) {
        String declared = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (declared != null && exceedsLimit(declared)) {
            problems.send(context, ProblemType.PAYLOAD_TOO_LARGE, "Request bodies are limited to 1 MiB");
            return;
        }
        context.next();
    }

    private static boolean exceedsLimit(String declared) {
        try {
            return Long.parseLong(declared.trim()) > MAX_BODY_BYTES;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
