package app.cadence.client;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import app.cadence.common.validation.CleanInput;

@Schema(name = "Guardian")
@CleanInput
public record Guardian(
        @NotBlank @Size(max = 200) String name,
        @Size(max = 100) @Schema(example = "mother") String relationship,
        @Size(max = 40) @Pattern(regexp = "^\\+?[0-9 ().\\-]{3,40}$", message = "must be a phone number: digits, spaces and + ( ) - .")
        @Schema(example = "+1 555 0100") String phone) {
}
