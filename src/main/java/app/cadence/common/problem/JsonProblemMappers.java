package app.cadence.common.problem;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import app.cadence.common.json.InvalidValuesException;
import app.cadence.common.json.ValueFormats;
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
    private final Validator validator;

    @Inject
    JsonProblemMappers(Problems problems, Validator validator) {
        this.problems = problems;
        this.validator = validator;
    }

    @ServerExceptionMapper
    Response unknownProperty(UnrecognizedPropertyException e, HttpServerRequest request) {
        String field = JsonPaths.of(e.getPath());
        return problems.response(request, ProblemType.MALFORMED_REQUEST,
                "Unknown property '" + field + "'; the request schema does not declare it");
    }

    /** A lone invalid code, id or date outside any object (the collection of {@link #invalidValues} covers the rest). */
    @ServerExceptionMapper
    Response invalidValue(InvalidFormatException e, HttpServerRequest request) {
        String field = JsonPaths.of(e.getPath());
        if (ValueFormats.hasFormat(e.getTargetType()) && e.getValue() instanceof String) {
            return problems.response(request, ProblemType.VALIDATION, "The request has invalid fields",
                    List.of(new Violation(field, ValueFormats.describe(e.getTargetType()))));
        }
        return problems.response(request, ProblemType.MALFORMED_REQUEST, "Property '" + field + "' has the wrong type");
    }

    /**
     * Invalid codes, ids or dates, together with what Bean Validation finds in the rest of the body,
     * so the client can correct everything at once. A field already reported for its value is not
     * reported again as missing.
     */
    @ServerExceptionMapper
    Response invalidValues(InvalidValuesException e, HttpServerRequest request) {
        Map<String, String> byField = new TreeMap<>(e.violations());
        List<Violation> violations = new ArrayList<>();
        byField.forEach((field, message) -> violations.add(new Violation(field, message)));
        if (e.partialValue() != null) {
            for (ConstraintViolation<Object> violation : validator.validate(e.partialValue())) {
                String field = ValidationProblemMapper.fieldOf(violation);
                if (!byField.containsKey(field)) {
                    violations.add(new Violation(field, violation.getMessage()));
                }
            }
        }
        violations.sort(Comparator.comparing(Violation::field).thenComparing(Violation::message));
        return problems.response(request, ProblemType.VALIDATION, "The request has invalid fields", violations);
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
        if (e instanceof InvalidValuesException invalid) {
            return invalidValues(invalid, request);
        }
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

    /** The reader's document-length limit, reached inside whatever Jackson wrapped it in. */
    private static boolean bodyTooLong(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof StreamConstraintsException limit && limit.getOriginalMessage() != null
                    && limit.getOriginalMessage().contains("MaxDocumentLength")) {
                return true;
            }
        }
        return false;
    }

    @ServerExceptionMapper
    Response malformed(JsonProcessingException e, HttpServerRequest request) {
        if (bodyTooLong(e)) {
            // A chunked body grew past the limit; the rest of it is not read.
            return Response.fromResponse(problems.response(request, ProblemType.PAYLOAD_TOO_LARGE,
                    "Request bodies are limited to 1 MiB")).header("Connection", "close").build();
        }
        // The parser's own message can echo request content, so it is not passed on.
        String where = e.getLocation() == null ? ""
                : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
        return problems.response(request, ProblemType.MALFORMED_REQUEST, "The request body is not valid JSON" + where);
    }

}
