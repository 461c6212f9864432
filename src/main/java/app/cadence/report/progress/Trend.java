package app.cadence.report.progress;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Which way a goal's measurements went over the period, relative to its target. */
@Schema(name = "ProgressTrend")
public enum Trend {
    @JsonProperty("improving")
    IMPROVING("improving"),
    @JsonProperty("steady")
    STEADY("steady"),
    @JsonProperty("declining")
    DECLINING("declining"),
    @JsonProperty("insufficient-data")
    INSUFFICIENT_DATA("insufficient-data");

    private final String code;

    Trend(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
