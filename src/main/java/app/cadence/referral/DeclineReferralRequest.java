package app.cadence.referral;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import app.cadence.common.validation.FreeText;
import app.cadence.common.validation.CleanInput;

@Schema(name = "DeclineReferralRequest")
@CleanInput
public record DeclineReferralRequest(
        @NotBlank @Size(max = 2000)
        @Schema(description = "Why the program does not take the child on; shown to the referrer",
                example = "Discharged home before a first session was possible")
        @FreeText String reason) {
}
