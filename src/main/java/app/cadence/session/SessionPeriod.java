package app.cadence.session;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import app.cadence.common.problem.ProblemException;

/** The {@code from}/{@code to} window of a session list, on the sessions' start times. */
public class SessionPeriod {

    private static final String FORMAT = "must be an ISO-8601 date-time with offset, e.g. 2024-05-01T00:00:00Z";

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
    Window window() {
        OffsetDateTime start = parse("from", from);
        OffsetDateTime end = parse("to", to);
        if (start != null && end != null && start.isAfter(end)) {
            throw ProblemException.invalid("from", "must not be after to");
        }
        return new Window(start, end);
    }

    private static OffsetDateTime parse(String parameter, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            // An offset like +02:00 sent without URL-encoding arrives with its '+' decoded to a space.
            return OffsetDateTime.parse(value.strip().replace(' ', '+'));
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid(parameter, FORMAT);
        }
    }

    /** Either bound may be absent. */
    record Window(OffsetDateTime from, OffsetDateTime to) {
    }
}
