package app.cadence.facility;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import app.cadence.common.validation.CleanInput;

/** A facility's new name and time zone; the code never changes. */
@Schema(name = "FacilityChanges")
@CleanInput
public record FacilityChanges(
        @NotBlank @Size(max = 200) @Schema(example = "Riverside Children's Hospital") String name,
        @NotBlank @Size(max = 64)
        @Schema(description = "IANA time zone its dates are shown in", example = "America/Chicago") String timeZone) {
}
