package app.cadence.goal;

import java.math.BigDecimal;

/** Measured values as people write them: 80 rather than the database's 80.00, and never 8E+1. */
final class Decimals {

    private Decimals() {
    }

    static BigDecimal plain(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
