package app.cadence.common.problem;

import java.util.List;

import jakarta.ws.rs.core.Response;

/**
 * Another representation of problems for the paths it owns: a protocol with an error format of
 * its own (the FHIR façade answers OperationOutcome) plugs in here, and every mapper of this
 * package answers in that format on those paths without knowing it.
 */
public interface ProblemFormat {

    /** Whether problems on this request path are written in this format. */
    boolean owns(String path);

    /** The whole error response: status, media type and body. */
    Response response(ProblemType type, String detail, List<Violation> violations);
}
