package app.cadence.common.problem;

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
    /** SQLSTATE raised by the triggers of V4 that keep signed notes, addenda and their sessions unchanged. */
    private static final String SIGNED_RECORD_REFUSED = "P0001";

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

    /** A unique key lost a race with a concurrent request (the services check first, the database decides). */
    @ServerExceptionMapper(org.hibernate.exception.ConstraintViolationException.class)
    Response duplicate(HttpServerRequest request) {
        return problems.response(request, ProblemType.CONFLICT, "The request conflicts with a record stored meanwhile");
    }

    /**
     * The database's own guard on signed documentation (triggers raising P0001) refused a change
     * the service checks missed, e.g. in a race with signing: the same 409 the services give.
     */
    @ServerExceptionMapper(org.hibernate.JDBCException.class)
    Response database(org.hibernate.JDBCException e, HttpServerRequest request) {
        if (DatabaseOutage.isCause(e)) {
            return outage.respond(e, request);
        }
        if (SIGNED_RECORD_REFUSED.equals(e.getSQLState())) {
            return problems.response(request, ProblemType.CONFLICT, "Signed documentation cannot be changed");
        }
        return unexpected(e, request);
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
