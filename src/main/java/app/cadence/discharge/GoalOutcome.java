package app.cadence.discharge;

import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import app.cadence.common.validation.CleanInput;
import app.cadence.common.validation.FreeText;
import app.cadence.goal.GoalStatus;

/** A goal's status at discharge, as the therapist sends it. */
@Schema(name = "GoalOutcome")
@CleanInput
public record GoalOutcome(
        @NotNull UUID goalId,
        @NotNull @Schema(description = "achieved or discontinued; a goal already closed keeps its status") GoalStatus status,
        @Size(max = 2000) @Schema(example = "Uses breathing with song independently before procedures") @FreeText String comment) {
}
