package app.cadence.report;

import java.time.ZoneId;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import app.cadence.common.time.ProgramTime;

/**
 * Where reports find a client's facility and the time zone its dates are read in: the facility's
 * own time zone (facility records, migration V21), or the program's for a client without one.
 */
@ApplicationScoped
public class Facilities {

    /** The SQL expression of a client's facility, over the client table aliased {@code c}. */
    public static final String CLIENT_FACILITY = "c.facility";

    private final ProgramTime program;
    private final EntityManager em;

    Facilities(ProgramTime program, EntityManager em) {
        this.program = program;
        this.em = em;
    }

    /** The program's time zone: the dates of reports that span facilities are shown in it. */
    public ZoneId zone() {
        return program.timeZone();
    }

    /** The time zone the dates of a client of this facility are shown in (the program's when none). */
    public ZoneId zoneOf(String facility) {
        if (facility == null) {
            return zone();
        }
        List<?> found = em.createNativeQuery("select time_zone from facility where code = :code")
                .setParameter("code", facility).getResultList();
        return found.isEmpty() ? zone() : ZoneId.of((String) found.get(0));
    }
}
