package app.cadence.audit;

import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AuditChainVerification", description = "The audit trail checked against its chain of seals")
public record AuditChainVerificationReport(
        OffsetDateTime verifiedAt,
        @Schema(description = "When the chain began; events before it are vouched for by count only") OffsetDateTime chainStartedAt,
        @Schema(description = "Events recorded before the chain began") long eventsBeforeChain,
        @Schema(description = "Events checked against their seals") long sealedEvents,
        @Schema(description = "Events recorded too recently to be sealed yet (their transactions may still be open)")
        long pendingEvents,
        @Schema(description = "The newest seal's position: compare it and headMac with a copy kept outside the database")
        long headPosition,
        @Schema(description = "The newest seal's MAC, hex") String headMac,
        @Schema(description = "Whether the trail matches its chain everywhere") boolean intact,
        @Schema(description = "How many problems were found") long problemCount,
        @Schema(description = "The problems, by id only; at most the first " + AuditChainVerification.LISTED_PROBLEMS)
        List<AuditChainProblem> problems) {
}
