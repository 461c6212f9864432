package app.cadence.facility;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import app.cadence.common.validation.CleanInput;

/** A new facility (program lead). Its code is permanent: clients and staff refer to it. */
@Schema(name = "FacilityRequest")
@CleanInput
public record FacilityRequest(
        @NotNull @Size(max = 40)
        @Pattern(regexp = CODE_PATTERN, message = "must be 1 to 40 uppercase letters, digits or hyphens, starting with a letter")
        @Schema(description = "Stable short code, never renamed", example = "RCH", pattern = CODE_PATTERN) String code,
        @NotBlank @Size(max = 200) @Schema(example = "Riverside Children's Hospital") String name,
        @NotBlank @Size(max = 64)
        @Schema(description = "IANA time zone its dates are shown in", example = "America/New_York") String timeZone) {

    /** What a new facility code looks like (codes migrated from free text may differ). */
    public static final String CODE_PATTERN = "^[A-Z][A-Z0-9-]{0,39}$";
}
