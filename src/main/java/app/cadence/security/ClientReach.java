package app.cadence.security;

import jakarta.persistence.Query;

/**
 * How far the caller reaches for one action, as a condition for the native SQL statement that reads
 * the client: that statement then answers both "may the caller see this client" and "what is it".
 * Everyone is reached for roles whose scope is {@link Scope#ALL}; otherwise only the clients on
 * whose care team the caller is an active member.
 */
public record ClientReach(boolean everyone, String subject) {

    /** The condition on a client id expression, e.g. {@code c.id}: the one care-team rule, or none. */
    public String condition(String clientId) {
        return everyone ? "true" : ActiveCareTeamMember.sql(clientId, ":reachSubject");
    }

    /** Binds the condition's parameters. */
    public <Q extends Query> Q bind(Q query) {
        if (!everyone) {
            query.setParameter("reachSubject", subject);
        }
        return query;
    }
}
