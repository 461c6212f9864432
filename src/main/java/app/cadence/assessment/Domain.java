package app.cadence.assessment;

import jakarta.persistence.Converter;

import com.fasterxml.jackson.annotation.JsonProperty;

import app.cadence.common.persistence.CodedEnum;
import app.cadence.common.persistence.CodedEnumConverter;

/** A developmental domain assessed and targeted by goals. */
public enum Domain implements CodedEnum {
    @JsonProperty("physical")
    PHYSICAL("physical"),
    @JsonProperty("emotional")
    EMOTIONAL("emotional"),
    @JsonProperty("cognitive")
    COGNITIVE("cognitive"),
    @JsonProperty("social")
    SOCIAL("social"),
    @JsonProperty("communication")
    COMMUNICATION("communication"),
    @JsonProperty("musical")
    MUSICAL("musical");

    private final String code;

    Domain(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    @Converter(autoApply = true)
    static class DbConverter extends CodedEnumConverter<Domain> {
        DbConverter() {
            super(Domain.class);
        }
    }
}
