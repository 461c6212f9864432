package app.cadence.audit;

import java.util.UUID;

import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import app.cadence.common.paging.TimeWindow;
import app.cadence.common.validation.CleanInput;

/** Filters of the audit trail; all optional and combined. */
@CleanInput
public class AuditEventFilter {

    @QueryParam("clientId")
    @Parameter(description = "Only events about this client")
    public UUID clientId;

    @QueryParam("actor")
    @Size(max = 255)
    @Parameter(description = "Only events of this OIDC subject (`sub`)")
    public String actor;

    @QueryParam("from")
    @Size(max = 64)
    @Parameter(description = "Only events at or after this time (inclusive)",
            schema = @Schema(type = SchemaType.STRING, format = "date-time", example = "2024-05-01T00:00:00Z"))
    public String from;

    @QueryParam("to")
    @Size(max = 64)
    @Parameter(description = "Only events before this time (exclusive)",
            schema = @Schema(type = SchemaType.STRING, format = "date-time", example = "2024-06-01T00:00:00Z"))
    public String to;

    TimeWindow window() {
        return TimeWindow.parse(from, to);
    }
}
