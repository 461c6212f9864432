package app.cadence.session;

import jakarta.persistence.Converter;

import com.fasterxml.jackson.annotation.JsonProperty;

import app.cadence.common.persistence.CodedEnum;
import app.cadence.common.persistence.CodedEnumConverter;

/** Who took part in a session. */
public enum SessionKind implements CodedEnum {
    @JsonProperty("individual")
    INDIVIDUAL("individual"),
    @JsonProperty("group")
    GROUP("group"),
    @JsonProperty("family")
    FAMILY("family"),
    @JsonProperty("co-treatment")
    CO_TREATMENT("co-treatment");

    private final String code;

    SessionKind(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    @Converter(autoApply = true)
    static class DbConverter extends CodedEnumConverter<SessionKind> {
        DbConverter() {
            super(SessionKind.class);
        }
    }
}
