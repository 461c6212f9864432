package app.cadence.assessment;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import app.cadence.common.validation.FreeText;
import app.cadence.common.validation.CleanInput;

/**
 * What a therapist writes in an assessment, on create and on each replacement of a draft. The
 * client, author and status are never taken from the body.
 */
@Schema(name = "AssessmentRequest")
@CleanInput
public record AssessmentRequest(
        @NotNull @PastOrPresent @Schema(description = "YYYY-MM-DD, not in the future", example = "2025-03-03") LocalDate assessedOn,
        @NotNull AssessmentKind kind,
        @Size(max = 6) @Schema(description = "At most one entry per domain")
        List<@NotNull @Valid Finding> findings,
        @Size(max = 4000) @Schema(example = "Engaged readily with live guitar; anxiety rose with staff entering the room.")
        @FreeText String summary,
        @Size(max = 4000) @Schema(example = "Two sessions a week at bedside; live music before dressing changes.")
        @FreeText String recommendations) {
}
