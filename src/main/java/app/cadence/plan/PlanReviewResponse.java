package app.cadence.plan;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PlanReview")
public record PlanReviewResponse(UUID id, ReviewOutcome outcome, String note, LocalDate nextReviewDate,
        OffsetDateTime reviewedAt, @Schema(description = "Staff id of the reviewer") UUID reviewedBy) {

    static PlanReviewResponse of(PlanReview review) {
        return new PlanReviewResponse(review.id, review.outcome, review.note, review.nextReviewDate, review.reviewedAt,
                review.reviewedBy);
    }
}
