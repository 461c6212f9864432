package app.cadence.security;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.Query;

/**
 * Which facilities' clients a caller reaches, as a condition on a client's facility code for the
 * statement that reads the client, so one statement answers both "may the caller see it" and
 * "what is it". Three kinds: every facility (a program lead, or a single-facility deployment),
 * the codes a token claim lists, or whatever the caller's staff record says, which the SQL
 * function {@code facility_reached} of migration V21 decides inside the statement.
 */
public record FacilityScope(Kind kind, List<String> codes, String subject, boolean lenient) {

    public enum Kind {
        ALL, CODES, STAFF_RECORD
    }

    public static final FacilityScope EVERY_FACILITY = new FacilityScope(Kind.ALL, List.of(), null, true);

    public static FacilityScope codes(List<String> codes) {
        return new FacilityScope(Kind.CODES, List.copyOf(codes), null, false);
    }

    public static FacilityScope staffRecord(String subject, boolean lenient) {
        return new FacilityScope(Kind.STAFF_RECORD, List.of(), subject, lenient);
    }

    public boolean everyFacility() {
        return kind == Kind.ALL;
    }

    /** SQL: the client whose facility code is this expression (null when none) is reached. */
    public String sql(String facility) {
        return switch (kind) {
            case ALL -> "true";
            case CODES -> codes.isEmpty() ? "false" : "(" + facility + " in (:reachFacilities))";
            case STAFF_RECORD -> "facility_reached(cast(:reachFacilitySubject as text), cast(" + facility
                    + " as text), :reachFacilityLenient)";
        };
    }

    /**
     * SQL for a plain JDBC statement, whose collection parameters are bound as one array (the
     * reports' read-only datasource): the same condition with {@code = any} in place of {@code in}.
     */
    public String arraySql(String facility) {
        return kind == Kind.CODES && !codes.isEmpty() ? "(" + facility + " = any (:reachFacilities))" : sql(facility);
    }

    /** The condition's parameters by name, for statements not built through JPA. */
    public Map<String, Object> parameters() {
        Map<String, Object> parameters = new HashMap<>();
        switch (kind) {
            case ALL -> { }
            case CODES -> {
                if (!codes.isEmpty()) {
                    parameters.put("reachFacilities", codes);
                }
            }
            case STAFF_RECORD -> {
                parameters.put("reachFacilitySubject", subject);
                parameters.put("reachFacilityLenient", lenient);
            }
        }
        return parameters;
    }

    /** JPQL/HQL: the same condition, for entity queries. */
    public String jpql(String facility) {
        return switch (kind) {
            case ALL -> "1 = 1";
            case CODES -> codes.isEmpty() ? "1 = 0" : "(" + facility + " in (:reachFacilities))";
            case STAFF_RECORD -> "function('facility_reached', :reachFacilitySubject, " + facility
                    + ", :reachFacilityLenient) = true";
        };
    }

    /** Binds the condition's parameters. */
    public <Q extends Query> Q bind(Q query) {
        parameters().forEach(query::setParameter);
        return query;
    }
}
