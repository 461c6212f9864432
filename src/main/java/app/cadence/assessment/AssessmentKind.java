package app.cadence.assessment;

import jakarta.persistence.Converter;

import com.fasterxml.jackson.annotation.JsonProperty;

import app.cadence.common.persistence.CodedEnum;
import app.cadence.common.persistence.CodedEnumConverter;

/** Why an assessment was made. */
public enum AssessmentKind implements CodedEnum {
    @JsonProperty("initial")
    INITIAL("initial"),
    @JsonProperty("reassessment")
    REASSESSMENT("reassessment"),
    @JsonProperty("discharge")
    DISCHARGE("discharge");

    private final String code;

    AssessmentKind(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    @Converter(autoApply = true)
    static class DbConverter extends CodedEnumConverter<AssessmentKind> {
        DbConverter() {
            super(AssessmentKind.class);
        }
    }
}
