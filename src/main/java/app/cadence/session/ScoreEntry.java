package app.cadence.session;

import java.math.BigDecimal;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import app.cadence.common.validation.CleanInput;

/** A scale scored before and/or after the session. */
@Schema(name = "SessionScore")
@CleanInput
public record ScoreEntry(
        @NotBlank @Size(max = 40) @Schema(description = "A code from GET /api/v1/scales", example = "anxiety-nrs") String scale,
        @Digits(integer = 4, fraction = 2) @Schema(description = "Score before the session", example = "7") BigDecimal pre,
        @Digits(integer = 4, fraction = 2) @Schema(description = "Score after the session", example = "3") BigDecimal post) {

    ScaleScore toEmbeddable() {
        ScaleScore score = new ScaleScore();
        score.scale = scale;
        score.pre = pre;
        score.post = post;
        return score;
    }
}
