package app.cadence.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hibernate.validator.constraints.UniqueElements;

import app.cadence.common.validation.CleanInput;

/** A treatment plan as a care-team therapist writes it. */
@Schema(name = "TreatmentPlanRequest")
@CleanInput
public record TreatmentPlanRequest(
        @NotNull @Min(1) @Max(14) @Schema(example = "3") Integer sessionsPerWeek,
        @NotNull @Min(5) @Max(240) @Schema(example = "30") Integer minutesPerSession,
        @NotNull @Size(max = 50) @UniqueElements
        @Schema(uniqueItems = true, description = "Ids of the client's goals the plan covers, each once")
        List<@NotNull UUID> goalIds,
        @NotNull @Schema(description = "YYYY-MM-DD", example = "2025-03-03") LocalDate startDate,
        @NotNull @Schema(description = "YYYY-MM-DD, on or after startDate", example = "2025-03-31") LocalDate reviewDate) {
}
