package app.cadence.plan;

import jakarta.persistence.Converter;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonProperty;

import app.cadence.common.persistence.CodedEnum;
import app.cadence.common.persistence.CodedEnumConverter;

/** What a plan review decided: go on as planned, go on with changes, or end the plan (discharge). */
@Schema(name = "PlanReviewOutcome")
public enum ReviewOutcome implements CodedEnum {
    @JsonProperty("continue")
    CONTINUE("continue"),
    @JsonProperty("revise")
    REVISE("revise"),
    @JsonProperty("discharge")
    DISCHARGE("discharge");

    private final String code;

    ReviewOutcome(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    @Converter(autoApply = true)
    static class DbConverter extends CodedEnumConverter<ReviewOutcome> {
        DbConverter() {
            super(ReviewOutcome.class);
        }
    }
}
