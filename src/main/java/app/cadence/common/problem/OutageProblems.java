package app.cadence.common.problem;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.jboss.logging.Logger;

import app.cadence.common.persistence.DatabaseOutage;
import io.vertx.core.http.HttpServerRequest;

/**
 * Answers a request the database could not serve: a retryable 503 with {@code Retry-After}, and
 * one log line without a stack trace (an outage is an operational event, not a defect).
 */
@ApplicationScoped
public class OutageProblems {

    private static final Logger LOG = Logger.getLogger(OutageProblems.class);
    /** A restart takes a few seconds; a client that waits this long usually finds the database back. */
    static final String RETRY_AFTER_SECONDS = "5";

    private final Problems problems;
    private final DatabaseOutage outage;

    OutageProblems(Problems problems, DatabaseOutage outage) {
        this.problems = problems;
        this.outage = outage;
    }

    public Response respond(Throwable failure, HttpServerRequest request) {
        outage.noticed(failure);
        LOG.warnf("Database unavailable, answered 503 to %s %s: %s", request.method(), request.path(),
                SafeThrowables.summary(failure));
        Response problem = problems.response(request, ProblemType.UNAVAILABLE,
                "The database is unavailable; retry shortly (a POST with the same Idempotency-Key is safe to repeat)");
        return Response.fromResponse(problem).header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS).build();
    }
}
