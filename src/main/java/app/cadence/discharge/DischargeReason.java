package app.cadence.discharge;

import jakarta.persistence.Converter;

import com.fasterxml.jackson.annotation.JsonProperty;

import app.cadence.common.persistence.CodedEnum;
import app.cadence.common.persistence.CodedEnumConverter;

/** Why a child's course of music therapy ended. */
public enum DischargeReason implements CodedEnum {
    @JsonProperty("goals-met")
    GOALS_MET("goals-met"),
    @JsonProperty("no-longer-benefiting")
    NO_LONGER_BENEFITING("no-longer-benefiting"),
    @JsonProperty("discharged-from-hospital")
    DISCHARGED_FROM_HOSPITAL("discharged-from-hospital"),
    @JsonProperty("family-request")
    FAMILY_REQUEST("family-request"),
    @JsonProperty("transferred")
    TRANSFERRED("transferred"),
    /** Needs a reasonDetail. */
    @JsonProperty("other")
    OTHER("other");

    private final String code;

    DischargeReason(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    @Converter(autoApply = true)
    static class DbConverter extends CodedEnumConverter<DischargeReason> {
        DbConverter() {
            super(DischargeReason.class);
        }
    }
}
