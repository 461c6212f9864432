package app.cadence.report.outcome;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Whose work an outcome report counts: the whole program's, or the calling therapist's own. */
@Schema(name = "OutcomeCaseload")
public enum Caseload {
    @JsonProperty("all")
    ALL("all"),
    @JsonProperty("own")
    OWN("own");

    private final String code;

    Caseload(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
