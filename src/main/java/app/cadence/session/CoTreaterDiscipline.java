package app.cadence.session;

import jakarta.persistence.Converter;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonProperty;

import app.cadence.common.persistence.CodedEnum;
import app.cadence.common.persistence.CodedEnumConverter;

/** The discipline of a co-treating clinician from outside Cadence. */
@Schema(name = "CoTreaterDiscipline")
public enum CoTreaterDiscipline implements CodedEnum {
    @JsonProperty("physical-therapy")
    PHYSICAL_THERAPY("physical-therapy"),
    @JsonProperty("occupational-therapy")
    OCCUPATIONAL_THERAPY("occupational-therapy"),
    @JsonProperty("speech-therapy")
    SPEECH_THERAPY("speech-therapy"),
    @JsonProperty("child-life")
    CHILD_LIFE("child-life"),
    @JsonProperty("nursing")
    NURSING("nursing"),
    @JsonProperty("other")
    OTHER("other");

    private final String code;

    CoTreaterDiscipline(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    @Converter(autoApply = true)
    static class DbConverter extends CodedEnumConverter<CoTreaterDiscipline> {
        DbConverter() {
            super(CoTreaterDiscipline.class);
        }
    }
}
