package app.cadence.audit;

import jakarta.persistence.Converter;

import com.fasterxml.jackson.annotation.JsonProperty;

import app.cadence.common.persistence.CodedEnum;
import app.cadence.common.persistence.CodedEnumConverter;

/** What a request did, or tried to do, with client data. */
public enum AuditAction implements CodedEnum {
    @JsonProperty("read")
    READ("read"),
    @JsonProperty("search")
    SEARCH("search"),
    @JsonProperty("create")
    CREATE("create"),
    @JsonProperty("update")
    UPDATE("update"),
    @JsonProperty("sign")
    SIGN("sign"),
    @JsonProperty("addendum")
    ADDENDUM("addendum"),
    @JsonProperty("export")
    EXPORT("export"),
    @JsonProperty("delete")
    DELETE("delete");

    private final String code;

    AuditAction(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    @Converter(autoApply = true)
    static class DbConverter extends CodedEnumConverter<AuditAction> {
        DbConverter() {
            super(AuditAction.class);
        }
    }
}
