package app.cadence.session;

import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import app.cadence.common.paging.TimeWindow;
import app.cadence.common.validation.CleanInput;

/** The {@code from}/{@code to} window of a session list, on the sessions' start times. */
@CleanInput
public class SessionPeriod {

    @QueryParam("from")
    @Size(max = 64)
    @Parameter(description = "Only sessions starting at or after this time (inclusive)",
            schema = @Schema(type = SchemaType.STRING, format = "date-time", example = "2024-05-01T00:00:00Z"))
    public String from;

    @QueryParam("to")
    @Size(max = 64)
    @Parameter(description = "Only sessions starting before this time (exclusive)",
            schema = @Schema(type = SchemaType.STRING, format = "date-time", example = "2024-06-01T00:00:00Z"))
    public String to;

    /** The parsed window; 422 naming the parameter when a bound is unreadable or from is after to. */
    public TimeWindow window() {
        return TimeWindow.parse(from, to);
    }
}
