package app.cadence.note;

import jakarta.persistence.Converter;

import com.fasterxml.jackson.annotation.JsonProperty;

import app.cadence.common.persistence.CodedEnum;
import app.cadence.common.persistence.CodedEnumConverter;

/** SOAP (subjective, objective, assessment, plan) or free narrative. */
public enum NoteFormat implements CodedEnum {
    @JsonProperty("soap")
    SOAP("soap"),
    @JsonProperty("narrative")
    NARRATIVE("narrative");

    private final String code;

    NoteFormat(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    @Converter(autoApply = true)
    static class DbConverter extends CodedEnumConverter<NoteFormat> {
        DbConverter() {
            super(NoteFormat.class);
        }
    }
}
