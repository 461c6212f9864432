package app.cadence.report.progress;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Whether a progress report covers the current episode of care or the dates asked for. */
@Schema(name = "ProgressReportPeriodBasis")
public enum PeriodBasis {
    @JsonProperty("episode")
    EPISODE("episode"),
    @JsonProperty("requested")
    REQUESTED("requested");

    private final String code;

    PeriodBasis(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
