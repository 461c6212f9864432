package app.cadence.intervention;

import jakarta.persistence.Converter;

import com.fasterxml.jackson.annotation.JsonProperty;

import app.cadence.common.persistence.CodedEnum;
import app.cadence.common.persistence.CodedEnumConverter;

/** The four ways children take part in music therapy; creating covers improvisation, songwriting, composition and instrument play. */
public enum InterventionCategory implements CodedEnum {
    @JsonProperty("singing")
    SINGING("singing"),
    @JsonProperty("moving")
    MOVING("moving"),
    @JsonProperty("listening")
    LISTENING("listening"),
    @JsonProperty("creating")
    CREATING("creating");

    private final String code;

    InterventionCategory(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    @Converter(autoApply = true)
    static class DbConverter extends CodedEnumConverter<InterventionCategory> {
        DbConverter() {
            super(InterventionCategory.class);
        }
    }
}
