package app.cadence.fhir;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;

import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;

import app.cadence.common.problem.ProblemFormat;
import app.cadence.common.problem.ProblemType;
import app.cadence.common.problem.Violation;
import io.quarkus.arc.Unremovable;

/** Errors under {@code /fhir} are OperationOutcomes, with the same status and detail a problem would carry. */
@ApplicationScoped
@Unremovable
class OperationOutcomes implements ProblemFormat {

    @Override
    public boolean owns(String path) {
        return path.startsWith("/fhir/");
    }

    @Override
    public Response response(ProblemType type, String detail, List<Violation> violations) {
        return Response.status(type.status()).type(FhirJson.MEDIA_TYPE).entity(outcome(type, detail, violations)).build();
    }

    static OperationOutcome outcome(ProblemType type, String detail, List<Violation> violations) {
        OperationOutcome outcome = new OperationOutcome();
        IssueType code = code(type);
        OperationOutcome.IssueSeverity severity = type.status() >= 500 ? OperationOutcome.IssueSeverity.FATAL
                : OperationOutcome.IssueSeverity.ERROR;
        outcome.addIssue().setSeverity(severity).setCode(code).setDiagnostics(detail)
                .getDetails().setText(type.title());
        for (Violation violation : violations) {
            outcome.addIssue().setSeverity(severity).setCode(code)
                    .setDiagnostics(violation.field() + ": " + violation.message());
        }
        return outcome;
    }

    private static IssueType code(ProblemType type) {
        return switch (type) {
            case MALFORMED_REQUEST, VALIDATION -> IssueType.INVALID;
            case UNAUTHENTICATED -> IssueType.LOGIN;
            case FORBIDDEN, ORIGIN_NOT_ALLOWED -> IssueType.FORBIDDEN;
            case NOT_FOUND -> IssueType.NOTFOUND;
            case METHOD_NOT_ALLOWED, NOT_ACCEPTABLE, UNSUPPORTED_MEDIA_TYPE -> IssueType.NOTSUPPORTED;
            case CONFLICT, PRECONDITION_FAILED -> IssueType.CONFLICT;
            case PRECONDITION_REQUIRED -> IssueType.REQUIRED;
            case PAYLOAD_TOO_LARGE, URI_TOO_LONG, HEADERS_TOO_LARGE -> IssueType.TOOCOSTLY;
            case UNAVAILABLE -> IssueType.TRANSIENT;
            case INTERNAL -> IssueType.EXCEPTION;
        };
    }
}
