package app.cadence.note;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import app.cadence.common.validation.FreeText;
import app.cadence.common.validation.CleanInput;

/** What an addendum author sends; who, in which role and when are taken from the request itself. */
@Schema(name = "AddendumRequest")
@CleanInput
public record AddendumRequest(
        @NotBlank @Size(max = 8000) @Schema(description = "The observation or correction, signed as sent",
                example = "Observed on the unit afterwards: Mila hummed the song during her next dressing change.") @FreeText String text,
        @Schema(description = "true when the addendum corrects the signed note (therapists on the care team only); the "
                + "note itself stays exactly as signed. Absent or false: an observation.") Boolean correction) {

    boolean isCorrection() {
        return Boolean.TRUE.equals(correction);
    }
}
