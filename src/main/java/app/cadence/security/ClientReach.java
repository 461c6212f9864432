package app.cadence.security;

import jakarta.persistence.Query;

/**
 * How far the caller reaches for one action, as a condition for the native SQL statement that reads
 * the client: that statement then answers both "may the caller see this client" and "what is it".
 * Everyone is reached for roles whose scope is {@link Scope#ALL}; otherwise only the clients on
 * whose care team the caller is an active member. Either way only clients of the caller's
 * facilities ({@link FacilityScope}).
 */
public record ClientReach(boolean everyone, String subject, FacilityScope facilities) {

    /** A reach without facility limits (every facility). */
    public ClientReach(boolean everyone, String subject) {
        this(everyone, subject, FacilityScope.EVERY_FACILITY);
    }

    /** Whether every client is reached, so no condition is needed at all. */
    public boolean unlimited() {
        return everyone && facilities.everyFacility();
    }

    /** The condition on a client id expression, e.g. {@code c.id}: the care-team and facility rules, or none. */
    public String condition(String clientId) {
        return condition(clientId, "(select fc.facility from client fc where fc.id = " + clientId + ")");
    }

    /** The condition on a client row's id and facility expressions, e.g. {@code c.id} and {@code c.facility}. */
    public String condition(String clientId, String facility) {
        String team = everyone ? "true" : ActiveCareTeamMember.sql(clientId, ":reachSubject");
        return facilities.everyFacility() ? team : "(" + team + " and " + facilities.sql(facility) + ")";
    }

    /** Binds the condition's parameters. */
    public <Q extends Query> Q bind(Q query) {
        if (!everyone) {
            query.setParameter("reachSubject", subject);
        }
        return facilities.bind(query);
    }
}
