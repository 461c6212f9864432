package app.cadence.common.problem;

import java.util.List;

/**
 * Thrown by services to end a request with a problem response. The detail must be safe to show
 * to the caller: ids and field names, never patient data or internals.
 */
public class ProblemException extends RuntimeException {

    private final ProblemType problemType;
    private final List<Violation> violations;

    public ProblemException(ProblemType problemType, String detail) {
        this(problemType, detail, List.of());
    }

    public ProblemException(ProblemType problemType, String detail, List<Violation> violations) {
        super(detail, null, false, false);
        this.problemType = problemType;
        this.violations = List.copyOf(violations);
    }

    public ProblemType problemType() {
        return problemType;
    }

    public List<Violation> violations() {
        return violations;
    }

    public static ProblemException notFound(String resource, Object id) {
        return new ProblemException(ProblemType.NOT_FOUND, resource + " " + id + " was not found");
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(ProblemType.CONFLICT, detail);
    }

    public static ProblemException forbidden(String detail) {
        return new ProblemException(ProblemType.FORBIDDEN, detail);
    }

    public static ProblemException malformed(String detail) {
        return new ProblemException(ProblemType.MALFORMED_REQUEST, detail);
    }

    public static ProblemException invalid(String field, String message) {
        return new ProblemException(ProblemType.VALIDATION, "The request has invalid fields",
                List.of(new Violation(field, message)));
    }
}
