package app.cadence.plan;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "TreatmentPlan")
public record TreatmentPlanResponse(
        UUID id,
        UUID clientId,
        @Schema(description = "Staff id of the therapist who wrote the plan") UUID authorId,
        int sessionsPerWeek,
        int minutesPerSession,
        List<UUID> goalIds,
        LocalDate startDate,
        @Schema(description = "When the plan is next due for review; a continue or revise review may move it") LocalDate reviewDate,
        @Schema(description = "active (in force), superseded by a newer plan, or ended by a discharge review") PlanStatus status,
        @Schema(description = "Reviews, oldest first") List<PlanReviewResponse> reviews,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt) {

    static TreatmentPlanResponse of(TreatmentPlan plan, List<PlanReview> reviews) {
        return new TreatmentPlanResponse(plan.id, plan.clientId, plan.authorId, plan.sessionsPerWeek, plan.minutesPerSession,
                List.of(plan.goalIds), plan.startDate, plan.reviewDate, plan.status,
                reviews.stream().map(PlanReviewResponse::of).toList(), plan.createdAt, plan.updatedAt);
    }
}
