package app.cadence.report;

import java.time.ZoneId;

import jakarta.enterprise.context.ApplicationScoped;

import app.cadence.common.time.ProgramTime;

/**
 * Where reports find a client's facility and the time zone its dates are read in. Today a facility
 * is the client's free-text {@code facility} column and every date is in the program's time zone;
 * when facilities become records with their own time zones, this is the one place that changes.
 */
@ApplicationScoped
public class Facilities {

    /** The SQL expression of a client's facility, over the client table aliased {@code c}. */
    public static final String CLIENT_FACILITY = "c.facility";

    private final ProgramTime program;

    Facilities(ProgramTime program) {
        this.program = program;
    }

    /** The time zone report dates are shown in. */
    public ZoneId zone() {
        return program.timeZone();
    }
}
