package app.cadence.report.outcome;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonProperty;

/** How the Wilcoxon signed-rank p-value was computed. */
@Schema(name = "WilcoxonMethod")
public enum WilcoxonMethod {
    @JsonProperty("exact")
    EXACT("exact"),
    @JsonProperty("normal-approximation")
    NORMAL_APPROXIMATION("normal-approximation");

    private final String code;

    WilcoxonMethod(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
