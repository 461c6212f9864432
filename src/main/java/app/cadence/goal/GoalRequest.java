package app.cadence.goal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import app.cadence.assessment.Domain;
import app.cadence.common.validation.CleanInput;
import app.cadence.common.validation.FreeText;

/** A goal as a therapist writes it, on create and on each replacement. */
@Schema(name = "GoalRequest")
@CleanInput
public record GoalRequest(
        @NotNull Domain domain,
        @NotBlank @Size(max = 2000)
        @Schema(example = "Will use a self-selected song to lower self-rated anxiety before a dressing change")
        @FreeText String statement,
        @NotNull @Valid Measure measure,
        @Digits(integer = 10, fraction = 2) @Schema(description = "Where the child starts, in the measure's range", example = "30")
        BigDecimal baseline,
        @NotNull @Digits(integer = 10, fraction = 2) @Schema(description = "Value to reach, in the measure's range", example = "80")
        BigDecimal target,
        @Valid @Schema(description = "Absent: the target must be reached in 1 session") Criterion criterion,
        @Schema(description = "YYYY-MM-DD; a new or changed target date is not in the past", example = "2025-06-30")
        LocalDate targetDate,
        @Schema(description = "On create: proposed (default) or active. On update: absent keeps the current status; "
                + "achieved and discontinued goals are read-only.")
        GoalStatus status,
        @Schema(description = "The assessment of the same client that motivated the goal") UUID assessmentId) {

    int consecutiveSessions() {
        return criterion == null ? 1 : criterion.consecutiveSessions();
    }
}
