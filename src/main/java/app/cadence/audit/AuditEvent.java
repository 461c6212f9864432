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
}
