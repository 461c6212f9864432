package app.cadence.staff;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hibernate.validator.constraints.UniqueElements;

import app.cadence.common.validation.CleanInput;

/** A supervisor moves a colleague between hospitals: the whole list of facilities they now work at. */
@Schema(name = "StaffFacilitiesRequest")
@CleanInput
public record StaffFacilitiesRequest(
        @NotNull @Size(max = 50) @UniqueElements
        @Schema(uniqueItems = true, description = "Codes of every facility the person works at from now on (GET "
                + "/facilities), each once; replaces the list. Empty: none recorded (then a token claim, or a "
                + "single-facility deployment, places them)", example = "[\"RCH\"]")
        List<@NotBlank @Size(max = 200) String> facilities) {
}
