package app.cadence.referral;

import jakarta.persistence.Converter;

import com.fasterxml.jackson.annotation.JsonProperty;

import app.cadence.common.persistence.CodedEnum;
import app.cadence.common.persistence.CodedEnumConverter;

/** How soon a therapist should see the child; the queue shows urgent referrals first. */
public enum ReferralPriority implements CodedEnum {
    @JsonProperty("urgent")
    URGENT("urgent", 0),
    @JsonProperty("routine")
    ROUTINE("routine", 1);

    private final String code;
    private final int rank;

    ReferralPriority(String code, int rank) {
        this.code = code;
        this.rank = rank;
    }

    @Override
    public String code() {
        return code;
    }

    /** Queue position of the priority, as the database's generated {@code priority_rank} computes it. */
    public int rank() {
        return rank;
    }

    @Converter(autoApply = true)
    static class DbConverter extends CodedEnumConverter<ReferralPriority> {
        DbConverter() {
            super(ReferralPriority.class);
        }
    }
}
