package app.cadence.audit;

import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AuditChainProblem", description = "A place where the audit trail no longer matches its chain")
public record AuditChainProblem(
        AuditChainProblemKind kind,
        @Schema(description = "The seal's position in the chain, when the problem is at a seal") Long position,
        @Schema(description = "The audit event concerned, when there is one") UUID eventId) {
}
