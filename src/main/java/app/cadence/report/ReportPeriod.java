package app.cadence.report;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

import app.cadence.common.problem.ProblemException;

/**
 * A report's period: whole days, {@code from} and {@code to} both included, read in the time zone
 * report dates are shown in. Queries use the half-open instant range [start, end).
 */
public record ReportPeriod(LocalDate from, LocalDate to, ZoneId zone) {

    /** Long enough for any program review, short enough that no request scans the whole history by mistake. */
    static final long MAX_DAYS = 3661;

    private static final String DATE_FORMAT = "must be a date YYYY-MM-DD";

    /** 422 naming the parameter when from is after to or the period is longer than ten years. */
    public static ReportPeriod of(LocalDate from, LocalDate to, ZoneId zone) {
        if (from.isAfter(to)) {
            throw ProblemException.invalid("from", "must not be after to");
        }
        if (ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
            throw ProblemException.invalid("to", "a report covers at most ten years");
        }
        return new ReportPeriod(from, to, zone);
    }

    /** A date query parameter, or null when absent; 422 naming the parameter when unreadable. */
    public static LocalDate date(String parameter, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid(parameter, DATE_FORMAT);
        }
    }

    /** The first instant of the period. */
    public OffsetDateTime start() {
        return from.atStartOfDay(zone).toOffsetDateTime();
    }

    /** The first instant after the period. */
    public OffsetDateTime end() {
        return to.plusDays(1).atStartOfDay(zone).toOffsetDateTime();
    }
}
