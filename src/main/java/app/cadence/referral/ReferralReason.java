package app.cadence.referral;

import com.fasterxml.jackson.annotation.JsonProperty;

import app.cadence.common.persistence.CodedEnum;

/** Why a child is referred to music therapy. */
public enum ReferralReason implements CodedEnum {
    @JsonProperty("anxiety")
    ANXIETY("anxiety"),
    @JsonProperty("pain")
    PAIN("pain"),
    @JsonProperty("coping")
    COPING("coping"),
    @JsonProperty("emotional-support")
    EMOTIONAL_SUPPORT("emotional-support"),
    @JsonProperty("developmental")
    DEVELOPMENTAL("developmental"),
    @JsonProperty("physical-rehabilitation")
    PHYSICAL_REHABILITATION("physical-rehabilitation"),
    @JsonProperty("social-isolation")
    SOCIAL_ISOLATION("social-isolation"),
    @JsonProperty("family-support")
    FAMILY_SUPPORT("family-support"),
    @JsonProperty("end-of-life")
    END_OF_LIFE("end-of-life"),
    @JsonProperty("other")
    OTHER("other");

    private final String code;

    ReferralReason(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
