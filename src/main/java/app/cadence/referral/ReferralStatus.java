package app.cadence.referral;

import jakarta.persistence.Converter;

import com.fasterxml.jackson.annotation.JsonProperty;

import app.cadence.common.persistence.CodedEnum;
import app.cadence.common.persistence.CodedEnumConverter;

/** pending → accepted | declined; a decision is final. */
public enum ReferralStatus implements CodedEnum {
    @JsonProperty("pending")
    PENDING("pending"),
    @JsonProperty("accepted")
    ACCEPTED("accepted"),
    @JsonProperty("declined")
    DECLINED("declined");

    private final String code;

    ReferralStatus(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    @Converter(autoApply = true)
    static class DbConverter extends CodedEnumConverter<ReferralStatus> {
        DbConverter() {
            super(ReferralStatus.class);
        }
    }
}
