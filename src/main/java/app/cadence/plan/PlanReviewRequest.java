package app.cadence.plan;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import app.cadence.common.validation.CleanInput;
import app.cadence.common.validation.FreeText;

/** A review of the plan in force. */
@Schema(name = "PlanReviewRequest")
@CleanInput
public record PlanReviewRequest(
        @NotNull ReviewOutcome outcome,
        @Size(max = 4000) @FreeText @Schema(example = "Coping goal nearly met; keep three sessions a week.") String note,
        @Schema(description = "YYYY-MM-DD: the plan's next review date (continue or revise; not with discharge)",
                example = "2025-04-28") LocalDate nextReviewDate) {
}
