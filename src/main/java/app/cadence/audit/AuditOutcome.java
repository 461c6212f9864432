package app.cadence.audit;

import jakarta.persistence.Converter;

import com.fasterxml.jackson.annotation.JsonProperty;

import app.cadence.common.persistence.CodedEnum;
import app.cadence.common.persistence.CodedEnumConverter;

/** How an audited request ended: done, refused for the caller's role, not found (or outside the caller's care teams), or failed otherwise. */
public enum AuditOutcome implements CodedEnum {
    @JsonProperty("success")
    SUCCESS("success"),
    @JsonProperty("denied")
    DENIED("denied"),
    @JsonProperty("not-found")
    NOT_FOUND("not-found"),
    @JsonProperty("error")
    ERROR("error");

    private final String code;

    AuditOutcome(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    @Converter(autoApply = true)
    static class DbConverter extends CodedEnumConverter<AuditOutcome> {
        DbConverter() {
            super(AuditOutcome.class);
        }
    }
}
