package app.cadence.audit;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AuditEvent", description = "One request that read, searched, changed, signed or was refused client data")
public record AuditEventResponse(
        UUID id,
        OffsetDateTime occurredAt,
        @Schema(description = "OIDC subject of the caller; absent when no valid token was presented") String actor,
        @Schema(description = "The caller's Cadence roles") List<String> actorRoles,
        AuditAction action,
        @Schema(description = "Kind of record, e.g. client, session, session-note, addendum", example = "session")
        String resourceType,
        @Schema(description = "Id of the record, when the request named one") String resourceId,
        UUID clientId,
        AuditOutcome outcome,
        @Schema(description = "Also sent to the caller as X-Request-Id") String requestId,
        String sourceAddress,
        @Schema(example = "GET") String method,
        @Schema(description = "Request path, without the query string", example = "/api/v1/sessions/0193c6d2-5a3e-7c1f-9d2b-4e8f1a6b3c5d")
        String path,
        @Schema(description = "An export's parameters (period, filters, grouping); absent for other actions")
        Map<String, Object> detail) {
}
