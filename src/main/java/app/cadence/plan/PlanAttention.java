package app.cadence.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A plan in force that needs attention: its review is overdue, or the child is seen less often than planned. */
@Schema(name = "PlanAttention")
public record PlanAttention(
        UUID planId,
        UUID clientId,
        @Schema(description = "Given and family name, for the clinician's own worklist", example = "Mila Okafor") String clientName,
        LocalDate startDate,
        LocalDate reviewDate,
        int sessionsPerWeek,
        @Schema(description = "Completed sessions of the client in the last 7 days") int sessionsLast7Days,
        @Schema(description = "Why the plan is listed, at least one") List<PlanAttentionReason> reasons) {
}
