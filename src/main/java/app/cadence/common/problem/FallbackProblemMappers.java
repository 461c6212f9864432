package app.cadence.common.problem;

import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

import org.hibernate.StaleStateException;

import com.fasterxml.jackson.core.JsonProcessingException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import app.cadence.common.persistence.DatabaseOutage;

import io.vertx.core.http.HttpServerRequest;

/**
 * Everything not mapped more specifically. Framework HTTP errors (unknown path, wrong method,
 * unsupported media type) keep their status; anything else is a 500 whose body says nothing about
 * the cause, which is logged (without request content) under the request's path only.
 */
class FallbackProblemMappers {

    private static final Logger LOG = Logger.getLogger(FallbackProblemMappers.class);
    private static final String UNIQUE_VIOLATION = "23505";
    /** SQLSTATE raised by the triggers of V4 that keep signed notes, addenda and their sessions unchanged. */
    private static final String SIGNED_RECORD_REFUSED = "P0001";
    /** SQLSTATE raised by the triggers of V7 that keep the audit trail append-only. */
    private static final String AUDIT_EVENT_REFUSED = "CAD01";

    private final Problems problems;
    private final JsonProblemMappers json;
    private final OutageProblems outage;

    @Inject
    FallbackProblemMappers(Problems problems, JsonProblemMappers json, OutageProblems outage) {
        this.problems = problems;
        this.json = json;
        this.outage = outage;
    }

    @ServerExceptionMapper
    Response http(WebApplicationException e, HttpServerRequest request) {
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof JsonProcessingException jsonProblem) {
                return json.map(jsonProblem, request);
            }
            if (cause instanceof ProblemException problem) {
                return problems.response(request, problem.problemType(), problem.getMessage(), problem.violations());
            }
        }
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(e, request);
        }
        ProblemType type = ProblemType.forStatus(status);
        Response problem = problems.response(request, type, detailFor(type));
        Response.ResponseBuilder builder = Response.fromResponse(problem).status(status);
        // 405 must say which methods are allowed.
        String allow = e.getResponse().getHeaderString("Allow");
        if (allow != null) {
            builder.header("Allow", allow);
        }
        return builder.build();
    }

    @ServerExceptionMapper({ OptimisticLockException.class, StaleStateException.class })
    Response concurrentUpdate(HttpServerRequest request) {
        return problems.response(request, ProblemType.PRECONDITION_FAILED,
                "The resource was changed by another request; fetch it again and retry with its new ETag");
    }

    /**
     * What the database refused. Only a unique key that lost a race with a concurrent request (the
     * services check first, the database decides) and the triggers that guard signed documentation
     * and the audit trail are conflicts the caller can act on (409). Any other refusal (a CHECK, NOT
     * NULL or foreign key) means the service let something through that it should have refused: a
     * server defect, answered 500 and logged with its SQL state but without the message, which
     * quotes the offending values.
     */
    @ServerExceptionMapper(org.hibernate.JDBCException.class)
    Response database(org.hibernate.JDBCException e, HttpServerRequest request) {
        if (DatabaseOutage.isCause(e)) {
            return outage.respond(e, request);
        }
        return conflict(e.getSQLState())
                .map(detail -> problems.response(request, ProblemType.CONFLICT, detail))
                .orElseGet(() -> unexpected(e, request));
    }

    /** What to tell the caller about a refusal by the database that is a conflict; empty when it is a defect. */
    static Optional<String> conflict(String sqlState) {
        if (UNIQUE_VIOLATION.equals(sqlState)) {
            return Optional.of("The request conflicts with a record stored meanwhile");
        }
        if (SIGNED_RECORD_REFUSED.equals(sqlState)) {
            return Optional.of("Signed documentation cannot be changed");
        }
        if (AUDIT_EVENT_REFUSED.equals(sqlState)) {
            return Optional.of("Audit events cannot be changed");
        }
        return Optional.empty();
    }

    @ServerExceptionMapper
    Response unexpected(Throwable e, HttpServerRequest request) {
        if (DatabaseOutage.isCause(e)) {
            return outage.respond(e, request);
        }
        // The path holds ids only; the exception goes in without its message (see SafeThrowables).
        LOG.errorf("Unhandled error on %s %s: %s", request.method(), request.path(), SafeThrowables.describe(e));
        return problems.response(request, ProblemType.INTERNAL, "The server could not complete the request");
    }

    private static String detailFor(ProblemType type) {
        return switch (type) {
            case NOT_FOUND -> "No resource exists at this path";
            case METHOD_NOT_ALLOWED -> "This resource does not support the method";
            case UNSUPPORTED_MEDIA_TYPE -> "Send the request body as application/json";
            case NOT_ACCEPTABLE -> "This resource cannot produce the requested media type";
            case PAYLOAD_TOO_LARGE -> "Request bodies are limited to 1 MiB";
            default -> type.title();
        };
    }
}
