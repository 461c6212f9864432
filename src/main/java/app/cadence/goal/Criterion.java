package app.cadence.goal;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** When a goal counts as met: its target reached in this many consecutive measured sessions. */
@Schema(name = "Criterion")
public record Criterion(
        @NotNull @Min(1) @Max(100) @Schema(example = "3") Integer consecutiveSessions) {
}
