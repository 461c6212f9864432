package app.cadence.goal;

import java.math.BigDecimal;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How a goal is measured. Only a rating names its own range; the other types have fixed ones. */
@Schema(name = "Measure")
public record Measure(
        @NotNull @Schema(description = "percent (0–100), count (whole, from 0), duration-seconds (whole, from 0), "
                + "rating (min to max), gas (goal attainment scaling, whole −2 to +2)") MeasureType type,
        @Digits(integer = 10, fraction = 2) @Schema(description = "Lowest rating; required for rating, absent otherwise", example = "1")
        BigDecimal min,
        @Digits(integer = 10, fraction = 2) @Schema(description = "Highest rating; required for rating, absent otherwise", example = "5")
        BigDecimal max) {

    static Measure of(Goal goal) {
        return new Measure(goal.measureType, Decimals.plain(goal.ratingMin), Decimals.plain(goal.ratingMax));
    }
}
