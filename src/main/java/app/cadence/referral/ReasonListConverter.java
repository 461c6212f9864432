package app.cadence.referral;

import java.util.Arrays;
import java.util.List;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import app.cadence.common.persistence.CodedEnumConverter;

/** Stores a referral's reasons as a text[] of their codes, so SQL readers see what the API shows. */
@Converter
class ReasonListConverter implements AttributeConverter<List<ReferralReason>, String[]> {

    private static final CodedEnumConverter<ReferralReason> CODES = new CodedEnumConverter<>(ReferralReason.class) {
    };

    @Override
    public String[] convertToDatabaseColumn(List<ReferralReason> reasons) {
        return reasons.stream().map(CODES::convertToDatabaseColumn).toArray(String[]::new);
    }

    @Override
    public List<ReferralReason> convertToEntityAttribute(String[] codes) {
        return Arrays.stream(codes).map(CODES::convertToEntityAttribute).toList();
    }
}
