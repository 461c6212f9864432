package app.cadence.session;

import java.math.BigDecimal;
import java.util.UUID;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import app.cadence.common.validation.FreeText;
import app.cadence.common.validation.CleanInput;

/** A value measured in the session for one of the client's goals, in that goal's measure. */
@Schema(name = "GoalMeasurement")
@CleanInput
public record MeasurementEntry(
        @NotNull @Schema(description = "A goal of the same client") UUID goalId,
        @NotNull @Digits(integer = 10, fraction = 2)
        @Schema(description = "In the goal's measure: percent 0-100, count, seconds, the goal's rating range or GAS -2..2",
                example = "60")
        BigDecimal value,
        @Size(max = 2000) @Schema(example = "Initiated 3 of 5 turns on the drum") @FreeText String comment) {

    GoalMeasurement toEmbeddable() {
        GoalMeasurement measurement = new GoalMeasurement();
        measurement.goalId = goalId;
        measurement.value = value;
        measurement.comment = comment;
        return measurement;
    }
}
