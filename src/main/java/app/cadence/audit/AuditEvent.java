package app.cadence.audit;

import java.time.OffsetDateTime;
import java.util.Set;
import java.util.UUID;

/** One row of the audit trail, as written. Ids, codes and addresses only. */
record AuditEvent(
        UUID id,
        OffsetDateTime occurredAt,
        String actorSubject,
        Set<String> actorRoles,
        AuditAction action,
        String resourceType,
        String resourceId,
        UUID clientId,
        AuditOutcome outcome,
        String requestId,
        String sourceAddress,
        String httpMethod,
        String path,
        /** JSON object of an export's parameters, or null. */
        String detail) {

    private static final String INSERT = """
            insert into audit_event (id, occurred_at, actor_subject, actor_roles, action, resource_type,
                resource_id, client_id, outcome, request_id, source_address, http_method, path, detail)
            values\s""";
    private static final String ROW = "(?, ?, ?, string_to_array(?, ','), ?, ?, ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb))";

    /** A JDBC INSERT of this many events, {@link #parameters()} one after another. */
    static String insertSql(int rows) {
        StringBuilder sql = new StringBuilder(INSERT.length() + rows * (ROW.length() + 2)).append(INSERT);
        for (int i = 0; i < rows; i++) {
            sql.append(i == 0 ? "" : ", ").append(ROW);
        }
        return sql.toString();
    }

    /** The values of one row of {@link #insertSql(int)}, in column order. */
    Object[] parameters() {
        return new Object[] { id, occurredAt, actorSubject, String.join(",", actorRoles), action.code(), resourceType,
            resourceId, clientId, outcome.code(), requestId, sourceAddress, httpMethod, path, detail };
    }
}
