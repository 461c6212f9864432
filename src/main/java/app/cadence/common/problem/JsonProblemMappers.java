package app.cadence.common.problem;

import java.time.temporal.Temporal;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import io.vertx.core.http.HttpServerRequest;

/**
 * Request bodies that are not the JSON the operation declares. Broken JSON, unknown properties and
 * wrong JSON types are the client's programming errors (400); a string of the right type whose
 * value is not one of the allowed ones (an unknown code, an impossible date) is a validation
 * failure (422), exactly like a value out of range.
 */
@jakarta.inject.Singleton
class JsonProblemMappers {

    private final Problems problems;

    @Inject
    JsonProblemMappers(Problems problems) {
        this.problems = problems;
    }

    @ServerExceptionMapper
    Response unknownProperty(UnrecognizedPropertyException e, HttpServerRequest request) {
        String field = JsonPaths.of(e.getPath());
        return problems.response(request, ProblemType.MALFORMED_REQUEST,
                "Unknown property '" + field + "'; the request schema does not declare it");
    }

    @ServerExceptionMapper
    Response invalidValue(InvalidFormatException e, HttpServerRequest request) {
        String field = JsonPaths.of(e.getPath());
        Class<?> target = e.getTargetType();
        if (target != null && (target.isEnum() || Temporal.class.isAssignableFrom(target) || target == UUID.class)) {
            return problems.response(request, ProblemType.VALIDATION, "The request has invalid fields",
                    List.of(new Violation(field, describe(target))));
        }
        return problems.response(request, ProblemType.MALFORMED_REQUEST, "Property '" + field + "' has the wrong type");
    }

    @ServerExceptionMapper
    Response wrongType(MismatchedInputException e, HttpServerRequest request) {
        if (e.getPath().isEmpty()) {
            return problems.response(request, ProblemType.MALFORMED_REQUEST, "The request body is not the expected JSON object");
        }
        return problems.response(request, ProblemType.MALFORMED_REQUEST,
                "Property '" + JsonPaths.of(e.getPath()) + "' has the wrong type");
    }

    /** Maps any Jackson failure, including those the REST layer wraps in a 400 of its own. */
    Response map(JsonProcessingException e, HttpServerRequest request) {
        if (e instanceof UnrecognizedPropertyException unknown) {
            return unknownProperty(unknown, request);
        }
        if (e instanceof InvalidFormatException invalid) {
            return invalidValue(invalid, request);
        }
        if (e instanceof MismatchedInputException mismatched) {
            return wrongType(mismatched, request);
        }
        return malformed(e, request);
    }

    @ServerExceptionMapper
    Response malformed(JsonProcessingException e, HttpServerRequest request) {
        // The parser's own message can echo request content, so it is not passed on.
        String where = e.getLocation() == null ? ""
                : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
        return problems.response(request, ProblemType.MALFORMED_REQUEST, "The request body is not valid JSON" + where);
    }

    private static String describe(Class<?> target) {
        if (target.isEnum()) {
            return "must be one of the values the schema lists";
        }
        if (target == UUID.class) {
            return "must be a UUID";
        }
        if (target == java.time.LocalDate.class) {
            return "must be a date as YYYY-MM-DD";
        }
        return "must be an ISO-8601 timestamp with offset";
    }
}
