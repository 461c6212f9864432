package app.cadence.common.http;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import app.cadence.common.problem.Problem;
import app.cadence.common.problem.ProblemType;
import app.cadence.common.problem.Problems;
import app.cadence.common.problem.SafeThrowables;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Problem responses for errors the HTTP layer raises before any REST resource runs (a refused
 * origin, an oversized or malformed request), which the REST layer's exception mappers never see.
 * Its failure handler answers whatever a route failed with the same way.
 */
@ApplicationScoped
public class RouteProblems {

    private static final Logger LOG = Logger.getLogger(RouteProblems.class);

    private final ObjectMapper mapper;
    private final SecurityHeaders securityHeaders;

    RouteProblems(ObjectMapper mapper, SecurityHeaders securityHeaders) {
        this.mapper = mapper;
        this.securityHeaders = securityHeaders;
    }

    void register(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).failureHandler(this::failed);
    }


    /** Ends the request with a problem of this type. */
    public void send(RoutingContext context, ProblemType type, String detail) {
        String body;
        try {
            body = mapper.writeValueAsString(Problems.of(context.request().path(), type, detail, List.of()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A problem always serializes", e);
        }
        boolean unread = type == ProblemType.PAYLOAD_TOO_LARGE || type == ProblemType.HEADERS_TOO_LARGE
                || type == ProblemType.URI_TOO_LONG;
        if (unread) {
            context.response().putHeader(HttpHeaders.CONNECTION, "close");
        }
        // Sent before the route that adds the hardening headers ran, or after it failed.
        securityHeaders.set(context.response().headers(), context.request().path());
        context.response().setStatusCode(type.status())
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .end(body)
                .onComplete(sent -> {
                    if (unread) {
                        // The rest of the request is not read: the connection ends with this response.
                        context.request().connection().close();
                    }
                });
    }

    private void failed(RoutingContext context) {
        if (context.response().headWritten()) {
            // A handler answered and then failed: the response is on its way, nothing can be added.
            return;
        }
        int status = context.statusCode();
        if (status < 400 || status >= 500) {
            LOG.errorf("Unhandled error on %s %s: %s", context.request().method(), context.request().path(),
                    context.failure() == null ? "status " + status : SafeThrowables.describe(context.failure()));
            send(context, ProblemType.INTERNAL, "The server could not complete the request");
            return;
        }
        ProblemType type = ProblemType.forStatus(status);
        send(context, type, switch (type) {
            case PAYLOAD_TOO_LARGE -> "Request bodies are limited to 1 MiB";
            case MALFORMED_REQUEST -> "The request is not a well-formed HTTP request";
            default -> type.title();
        });
    }
}
