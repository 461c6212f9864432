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

    /**
     * The outcome of a request that ended with this HTTP status: 401 and 403 are refusals, 404 is
     * not found (a record outside the caller's care teams included), any other error status (400,
     * 409, 412, 413, 415, 422, 428, 5xx) is an error.
     */
    public static AuditOutcome forStatus(int status) {
        if (status < 400) {
            return SUCCESS;
        }
        return switch (status) {
            case 401, 403 -> DENIED;
            case 404 -> NOT_FOUND;
            default -> ERROR;
        };
    }

    @Converter(autoApply = true)
    static class DbConverter extends CodedEnumConverter<AuditOutcome> {
        DbConverter() {
            super(AuditOutcome.class);
        }
    }
}
