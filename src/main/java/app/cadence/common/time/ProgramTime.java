package app.cadence.common.time;

import java.time.ZoneId;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The music therapy program's own clock. Report periods, month buckets and chart dates are read in
 * its time zone, so a session at 8 pm in New York falls on the day and in the month staff saw it.
 */
@ConfigMapping(prefix = "cadence.program")
public interface ProgramTime {

    /** An IANA time zone such as {@code America/New_York}. */
    @WithDefault("UTC")
    ZoneId timeZone();
}
