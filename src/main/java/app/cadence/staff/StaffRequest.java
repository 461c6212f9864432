package app.cadence.staff;

import java.util.List;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hibernate.validator.constraints.UniqueElements;

import app.cadence.common.validation.CleanInput;
import app.cadence.security.Role;

/** A supervisor pre-provisions a colleague by the subject their identity provider will assert. */
@Schema(name = "StaffRequest")
@CleanInput
public record StaffRequest(
        @NotBlank @Size(max = 255) @Schema(description = "OIDC subject (`sub`) of the person's account") String subject,
        @NotBlank @Size(max = 200) @Schema(example = "Rowan Ellis") String displayName,
        @Email @Size(max = 320) String email,
        @Size(max = 100) @Schema(description = "Credentials shown on signed documents", example = "MT-BC") String credentials,
        @NotEmpty @Size(max = 4) @UniqueElements @Schema(uniqueItems = true, description = "Each role once")
        List<@NotNull Role> roles,
        @Size(max = 50) @UniqueElements
        @Schema(uniqueItems = true, description = "Codes of the facilities the person works at (GET /facilities); "
                + "used when their token carries no facility claim", example = "[\"RCH\"]")
        List<@NotBlank @Size(max = 200) String> facilities) {
}
