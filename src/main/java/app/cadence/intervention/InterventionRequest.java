package app.cadence.intervention;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import app.cadence.common.validation.FreeText;
import app.cadence.common.validation.CleanInput;

/** A new catalog entry. Its code is permanent: sessions and reports refer to it. */
@Schema(name = "InterventionRequest")
@CleanInput
public record InterventionRequest(
        @NotNull @Size(max = 60)
        @Pattern(regexp = CODE_PATTERN,
                message = "must be a lowercase slug: a letter, then 1 to 59 lowercase letters, digits or hyphens")
        @Schema(description = "Stable identifier, never renamed", example = "hello-song-drumming", pattern = CODE_PATTERN)
        String code,
        @NotBlank @Size(max = 200) @Schema(example = "Hello song on drums") String name,
        @NotNull InterventionCategory category,
        @NotBlank @Size(max = 2000)
        @Schema(description = "One or two sentences a music therapist would recognise",
                example = "A drummed greeting song that opens group sessions and invites each child to play their name.")
        @FreeText String description) {

    /** What a catalog code looks like; no other string can name an intervention. */
    public static final String CODE_PATTERN = "^[a-z][a-z0-9-]{1,59}$";
}
