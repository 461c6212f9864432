package app.cadence.session;

import jakarta.persistence.Converter;

import com.fasterxml.jackson.annotation.JsonProperty;

import app.cadence.common.persistence.CodedEnum;
import app.cadence.common.persistence.CodedEnumConverter;

/** Whether a session happened. */
public enum SessionStatus implements CodedEnum {
    @JsonProperty("scheduled")
    SCHEDULED("scheduled"),
    @JsonProperty("completed")
    COMPLETED("completed"),
    @JsonProperty("cancelled")
    CANCELLED("cancelled"),
    @JsonProperty("no-show")
    NO_SHOW("no-show");

    private final String code;

    SessionStatus(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    @Converter(autoApply = true)
    static class DbConverter extends CodedEnumConverter<SessionStatus> {
        DbConverter() {
            super(SessionStatus.class);
        }
    }
}
