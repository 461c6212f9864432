package app.cadence.report.pdf;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/**
 * What a goal's progress chart shows: the goal statement as its title, the measure's range, the
 * target and baseline, and the measurements; dates are read in the given time zone.
 */
public record Series(String title, String measureLabel, double yMin, double yMax, Double target, Double baseline,
        List<Point> points, ZoneId zone) {

    /** One measured value; {@code reached} when it reaches the goal's target. */
    public record Point(Instant at, double value, boolean reached) {
    }
}
