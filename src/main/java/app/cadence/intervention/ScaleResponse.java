package app.cadence.intervention;

import java.math.BigDecimal;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Scale", description = "A scale for pre/post session scores")
public record ScaleResponse(
        @Schema(example = "anxiety-nrs") String code,
        @Schema(example = "Anxiety numeric rating scale") String name,
        @Schema(example = "0") BigDecimal min,
        @Schema(example = "10") BigDecimal max,
        @Schema(description = "True when a fall in the score is an improvement (pain, anxiety)") boolean lowerIsBetter) {

    static ScaleResponse of(Scale scale) {
        return new ScaleResponse(scale.code, scale.name, plain(scale.min), plain(scale.max), scale.lowerIsBetter);
    }

    /** 10 rather than 10.00 (or 1E+1): how a clinician writes the end of a scale. */
    private static BigDecimal plain(BigDecimal value) {
        return new BigDecimal(value.stripTrailingZeros().toPlainString());
    }
}
