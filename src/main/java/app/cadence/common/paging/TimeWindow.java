package app.cadence.common.paging;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

import app.cadence.common.problem.ProblemException;
import app.cadence.common.validation.InputRules;

/** A {@code from} (inclusive) / {@code to} (exclusive) window read from query parameters; either bound may be absent. */
public record TimeWindow(OffsetDateTime from, OffsetDateTime to) {

    private static final String FORMAT = "must be an ISO-8601 date-time with offset, e.g. 2024-05-01T00:00:00Z";

    /** The parsed window; 422 naming the parameter when a bound is unreadable or from is after to. */
    public static TimeWindow parse(String from, String to) {
        OffsetDateTime start = bound("from", from);
        OffsetDateTime end = bound("to", to);
        if (start != null && end != null && start.isAfter(end)) {
            throw ProblemException.invalid("from", "must not be after to");
        }
        return new TimeWindow(start, end);
    }

    private static OffsetDateTime bound(String parameter, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        OffsetDateTime time;
        try {
            // An offset like +02:00 sent without URL-encoding arrives with its '+' decoded to a space.
            time = OffsetDateTime.parse(value.strip().replace(' ', '+'));
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid(parameter, FORMAT);
        }
        if (time.getYear() < InputRules.EARLIEST_FILTER_YEAR || time.getYear() > InputRules.LATEST_FILTER_YEAR) {
            throw ProblemException.invalid(parameter, "must lie between the years " + InputRules.EARLIEST_FILTER_YEAR
                    + " and " + InputRules.LATEST_FILTER_YEAR);
        }
        return time;
    }
}
