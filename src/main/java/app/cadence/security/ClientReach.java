package app.cadence.security;

import jakarta.persistence.Query;

/**
 * How far the caller reaches for one action, as a condition for the native SQL statement that reads
 * the client: that statement then answers both "may the caller see this client" and "what is it".
 * Everyone is reached for roles whose scope is {@link Scope#ALL}; otherwise only the clients on
 * whose care team the caller is an active member.
 */
public record ClientReach(boolean everyone, String subject) {

    private static final String ACTIVE_MEMBER = """
            exists (select 1 from care_team_member m join staff s on s.id = m.staff_id
                    where m.client_id = %s and m.until is null and s.subject = :reachSubject)""";

    /** The condition on a client id expression, e.g. {@code c.id}. */
    public String condition(String clientId) {
        return everyone ? "true" : ACTIVE_MEMBER.formatted(clientId);
    }

    /** Binds the condition's parameters. */
    public <Q extends Query> Q bind(Q query) {
        if (!everyone) {
            query.setParameter("reachSubject", subject);
        }
        return query;
    }
}
