package app.cadence.goal;

import java.math.BigDecimal;
import java.util.Optional;

import jakarta.persistence.Converter;

import com.fasterxml.jackson.annotation.JsonProperty;

import app.cadence.common.persistence.CodedEnum;
import app.cadence.common.persistence.CodedEnumConverter;

/**
 * How progress on a goal is measured, and which values are possible: every baseline, target and
 * session measurement of a goal is checked against its measure.
 */
public enum MeasureType implements CodedEnum {
    /** Percentage of opportunities or trials, 0–100. */
    @JsonProperty("percent")
    PERCENT("percent"),
    /** A count of behaviours, whole numbers from 0. */
    @JsonProperty("count")
    COUNT("count"),
    /** A duration in whole seconds, from 0. */
    @JsonProperty("duration-seconds")
    DURATION_SECONDS("duration-seconds"),
    /** A rating on the goal's own scale, from its ratingMin to its ratingMax. */
    @JsonProperty("rating")
    RATING("rating"),
    /** Goal attainment scaling: whole numbers −2 to +2, 0 being the expected outcome. */
    @JsonProperty("gas")
    GAS("gas");

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal GAS_MIN = BigDecimal.valueOf(-2);
    private static final BigDecimal GAS_MAX = BigDecimal.valueOf(2);

    private final String code;

    MeasureType(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    /**
     * Why a value is impossible for this measure, or empty when it is possible. {@code ratingMin}
     * and {@code ratingMax} are used by {@link #RATING} only.
     */
    public Optional<String> problemWith(BigDecimal value, BigDecimal ratingMin, BigDecimal ratingMax) {
        return switch (this) {
            case PERCENT -> within(value, BigDecimal.ZERO, HUNDRED);
            case COUNT, DURATION_SECONDS -> value.signum() < 0 ? Optional.of("must be 0 or more")
                    : whole(value);
            case RATING -> within(value, ratingMin, ratingMax);
            case GAS -> within(value, GAS_MIN, GAS_MAX).or(() -> whole(value));
        };
    }

    private static Optional<String> within(BigDecimal value, BigDecimal min, BigDecimal max) {
        if (value.compareTo(min) < 0 || value.compareTo(max) > 0) {
            return Optional.of("must be between " + min.stripTrailingZeros().toPlainString() + " and "
                    + max.stripTrailingZeros().toPlainString());
        }
        return Optional.empty();
    }

    private static Optional<String> whole(BigDecimal value) {
        return value.stripTrailingZeros().scale() > 0 ? Optional.of("must be a whole number") : Optional.empty();
    }

    @Converter(autoApply = true)
    static class DbConverter extends CodedEnumConverter<MeasureType> {
        DbConverter() {
            super(MeasureType.class);
        }
    }
}
