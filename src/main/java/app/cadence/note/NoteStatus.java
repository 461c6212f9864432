package app.cadence.note;

import jakarta.persistence.Converter;

import com.fasterxml.jackson.annotation.JsonProperty;

import app.cadence.common.persistence.CodedEnum;
import app.cadence.common.persistence.CodedEnumConverter;

/**
 * A draft note may change; a signed one never does. A note signed by a staff member whose record
 * requires co-signature (an intern) awaits it, frozen like a signed note, until a supervising
 * therapist or a supervisor co-signs it; only then is it final documentation.
 */
public enum NoteStatus implements CodedEnum {
    @JsonProperty("draft")
    DRAFT("draft"),
    @JsonProperty("awaiting-cosignature")
    AWAITING_COSIGNATURE("awaiting-cosignature"),
    @JsonProperty("signed")
    SIGNED("signed");

    private final String code;

    NoteStatus(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    @Converter(autoApply = true)
    static class DbConverter extends CodedEnumConverter<NoteStatus> {
        DbConverter() {
            super(NoteStatus.class);
        }
    }
}
