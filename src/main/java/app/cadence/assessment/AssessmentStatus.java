package app.cadence.assessment;

import jakarta.persistence.Converter;

import com.fasterxml.jackson.annotation.JsonProperty;

import app.cadence.common.persistence.CodedEnum;
import app.cadence.common.persistence.CodedEnumConverter;

/** A draft assessment may change; a final one is read-only. */
public enum AssessmentStatus implements CodedEnum {
    @JsonProperty("draft")
    DRAFT("draft"),
    @JsonProperty("final")
    FINAL("final");

    private final String code;

    AssessmentStatus(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    @Converter(autoApply = true)
    static class DbConverter extends CodedEnumConverter<AssessmentStatus> {
        DbConverter() {
            super(AssessmentStatus.class);
        }
    }
}
