package app.cadence.session;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import app.cadence.common.validation.FreeText;
import app.cadence.common.validation.CleanInput;

/** An intervention delivered in a session: a catalog code and what happened. */
@Schema(name = "SessionIntervention")
@CleanInput
public record InterventionEntry(
        @NotBlank @Size(max = 60) @Schema(description = "A code from GET /api/v1/interventions", example = "song-for-procedural-support")
        String code,
        @Size(max = 200) @Schema(example = "You Are My Sunshine") String song,
        @Size(max = 200) @Schema(example = "ukulele") String instrument,
        @Size(max = 2000) @Schema(example = "Sang along in the chorus; breathing slowed during the IV start") @FreeText String clientResponse,
        @Min(1) @Max(600) @Schema(example = "15") Integer minutes) {

    public InterventionUse toEmbeddable() {
        InterventionUse use = new InterventionUse();
        use.code = code;
        use.song = song;
        use.instrument = instrument;
        use.clientResponse = clientResponse;
        use.minutes = minutes;
        return use;
    }
}
