package app.cadence.report.progress;

import java.math.BigDecimal;
import java.util.List;

import org.apache.commons.math3.stat.regression.SimpleRegression;

import app.cadence.goal.MeasureType;

/** How a goal is going: the trend of its measurements, its criterion's state, and the range its chart shows. */
final class GoalProgression {

    /** A change smaller than this share of the measure's range reads as steady. */
    static final double STEADY_SHARE = 0.05;

    private GoalProgression() {
    }

    /** One signed measurement as the criterion sees it. */
    record Reached(java.time.LocalDate date, boolean reached) {
    }

    /**
     * The least-squares line through the period's measurements (value against time, Commons Math
     * SimpleRegression), compared with the direction from the baseline (or the first value) to the
     * target.
     */
    static Trend trend(List<ProgressReport.Measurement> measurements, double[] range, BigDecimal baseline,
            BigDecimal target) {
        if (measurements.size() < 2) {
            return Trend.INSUFFICIENT_DATA;
        }
        SimpleRegression line = new SimpleRegression();
        double first = measurements.get(0).startsAt().toEpochSecond() / 86400.0;
        double last = measurements.get(measurements.size() - 1).startsAt().toEpochSecond() / 86400.0;
        for (ProgressReport.Measurement m : measurements) {
            line.addData(m.startsAt().toEpochSecond() / 86400.0 - first, m.value().doubleValue());
        }
        double change = last > first && !Double.isNaN(line.getSlope()) ? line.getSlope() * (last - first)
                : measurements.get(measurements.size() - 1).value().subtract(measurements.get(0).value()).doubleValue();
        if (Math.abs(change) < STEADY_SHARE * (range[1] - range[0])) {
            return Trend.STEADY;
        }
        double reference = baseline != null ? baseline.doubleValue() : measurements.get(0).value().doubleValue();
        double toward = Math.signum(target.doubleValue() - reference);
        return Math.signum(change) == (toward == 0 ? 1 : toward) ? Trend.IMPROVING : Trend.DECLINING;
    }

    /** The current run of sessions reaching the target, over all signed measurements up to the period's end. */
    static ProgressReport.CriterionState criterion(List<Reached> all, int required) {
        int run = 0;
        for (int i = all.size() - 1; i >= 0 && all.get(i).reached(); i--) {
            run++;
        }
        boolean met = run >= required;
        return new ProgressReport.CriterionState(required, met,
                met ? all.get(all.size() - run + required - 1).date() : null, run);
    }

    /** The values a goal's chart spans: the measure's own range; counts and durations grow to fit. */
    static double[] range(MeasureType type, BigDecimal ratingMin, BigDecimal ratingMax, BigDecimal baseline,
            BigDecimal target, List<ProgressReport.Measurement> measurements) {
        return switch (type) {
            case PERCENT -> new double[] { 0, 100 };
            case GAS -> new double[] { -2, 2 };
            case RATING -> new double[] { ratingMin.doubleValue(), ratingMax.doubleValue() };
            case COUNT, DURATION_SECONDS -> {
                double largest = Math.max(1, target.doubleValue());
                if (baseline != null) {
                    largest = Math.max(largest, baseline.doubleValue());
                }
                for (ProgressReport.Measurement m : measurements) {
                    largest = Math.max(largest, m.value().doubleValue());
                }
                double step = niceCeiling(largest * 1.1);
                yield new double[] { 0, step };
            }
        };
    }

    private static double niceCeiling(double value) {
        double magnitude = Math.pow(10, Math.floor(Math.log10(value)));
        for (double nice : new double[] { 1, 2, 2.5, 5, 10 }) {
            if (nice * magnitude >= value) {
                return nice * magnitude;
            }
        }
        return 10 * magnitude;
    }
}
