package app.cadence.common.http;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import app.cadence.common.problem.ProblemType;
import app.cadence.common.problem.Problems;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Refuses declared bodies over 1 MiB before reading them, with a problem response. Bodies sent
 * without a Content-Length are cut off by {@code quarkus.http.limits.max-body-size} (same limit).
 */
@ApplicationScoped
class BodySizeLimit {

    static final long MAX_BODY_BYTES = 1024 * 1024;

    private final String tooLarge;

    BodySizeLimit(ObjectMapper mapper) throws JsonProcessingException {
        this.tooLarge = mapper.writeValueAsString(Problems.of(null, ProblemType.PAYLOAD_TOO_LARGE,
                "Request bodies are limited to 1 MiB", List.of()));
    }

    void register(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::limit);
    }

    void limit(RoutingContext context) {
        String declared = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (declared != null && exceedsLimit(declared)) {
            context.response()
                    .setStatusCode(ProblemType.PAYLOAD_TOO_LARGE.status())
                    .putHeader(HttpHeaders.CONTENT_TYPE, "application/problem+json")
                    .putHeader(HttpHeaders.CONNECTION, "close")
                    .end(tooLarge);
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
