package app.cadence.plan;

import jakarta.persistence.Converter;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonProperty;

import app.cadence.common.persistence.CodedEnum;
import app.cadence.common.persistence.CodedEnumConverter;

/** A plan is in force until a newer plan supersedes it or a discharge review ends it; only then it stops changing. */
@Schema(name = "TreatmentPlanStatus")
public enum PlanStatus implements CodedEnum {
    @JsonProperty("active")
    ACTIVE("active"),
    @JsonProperty("superseded")
    SUPERSEDED("superseded"),
    @JsonProperty("ended")
    ENDED("ended");

    private final String code;

    PlanStatus(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    @Converter(autoApply = true)
    static class DbConverter extends CodedEnumConverter<PlanStatus> {
        DbConverter() {
            super(PlanStatus.class);
        }
    }
}
