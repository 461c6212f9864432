package app.cadence.session;

import jakarta.persistence.Converter;

import com.fasterxml.jackson.annotation.JsonProperty;

import app.cadence.common.persistence.CodedEnum;
import app.cadence.common.persistence.CodedEnumConverter;

/** Where a session took place. */
public enum SessionSetting implements CodedEnum {
    @JsonProperty("bedside")
    BEDSIDE("bedside"),
    @JsonProperty("playroom")
    PLAYROOM("playroom"),
    @JsonProperty("group-room")
    GROUP_ROOM("group-room"),
    @JsonProperty("telehealth")
    TELEHEALTH("telehealth"),
    @JsonProperty("other")
    OTHER("other");

    private final String code;

    SessionSetting(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    @Converter(autoApply = true)
    static class DbConverter extends CodedEnumConverter<SessionSetting> {
        DbConverter() {
            super(SessionSetting.class);
        }
    }
}
