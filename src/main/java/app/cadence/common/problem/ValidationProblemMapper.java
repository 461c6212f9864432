package app.cadence.common.problem;

import java.util.Comparator;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.core.Response;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.vertx.core.http.HttpServerRequest;

/** Bean Validation failures on request bodies and parameters: 422 with one violation per field. */
class ValidationProblemMapper {

    private static final Logger LOG = Logger.getLogger(ValidationProblemMapper.class);

    private final Problems problems;

    @Inject
    ValidationProblemMapper(Problems problems) {
        this.problems = problems;
    }

    @ServerExceptionMapper
    Response invalid(ConstraintViolationException e, HttpServerRequest request) {
        boolean onResponse = e.getConstraintViolations().stream()
                .anyMatch(v -> v.getPropertyPath().toString().contains("<return value>"));
        if (onResponse) {
            LOG.error("A response failed its own constraints; this is a server defect");
            return problems.response(request, ProblemType.INTERNAL, "The server could not complete the request");
        }
        List<Violation> violations = e.getConstraintViolations().stream()
                .map(v -> new Violation(fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(Violation::field).thenComparing(Violation::message))
                .toList();
        return problems.response(request, ProblemType.VALIDATION, "The request has invalid fields", violations);
    }

    /**
     * Drops the Java method and parameter names Hibernate Validator puts first
     * ({@code create.request.identifiers[0].system}) so the path reads as the client's JSON.
     * A query or header parameter keeps its HTTP name through {@code @QueryParam}'s value only if
     * the Java parameter has the same name, which Cadence's resources keep true.
     */
    static String fieldOf(ConstraintViolation<?> violation) {
        StringBuilder field = new StringBuilder();
        String parameter = null;
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.CONSTRUCTOR) {
                continue;
            }
            if (node.getKind() == ElementKind.PARAMETER) {
                parameter = node.getName();
                continue;
            }
            if (node.isInIterable()) {
                field.append('[').append(node.getIndex() != null ? node.getIndex() : node.getKey()).append(']');
            }
            if (node.getName() != null && node.getKind() != ElementKind.CONTAINER_ELEMENT) {
                if (!field.isEmpty()) {
                    field.append('.');
                }
                field.append(node.getName());
            }
        }
        if (field.isEmpty()) {
            return parameter == null ? "body" : parameter;
        }
        return field.toString();
    }
}
