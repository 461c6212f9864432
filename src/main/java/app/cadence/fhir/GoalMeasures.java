package app.cadence.fhir;

import app.cadence.goal.MeasureType;

/** How each goal measure reads and which UCUM unit its values carry. */
final class GoalMeasures {

    private GoalMeasures() {
    }

    static String display(MeasureType type) {
        return switch (type) {
            case PERCENT -> "Goal progress, percent of opportunities";
            case COUNT -> "Goal progress, count of behaviours";
            case DURATION_SECONDS -> "Goal progress, duration";
            case RATING -> "Goal progress, rating";
            case GAS -> "Goal attainment scaling score";
        };
    }

    /** Counts, ratings and scores are dimensionless: UCUM's unity, which (unlike {score}) compares reliably. */
    static String ucum(MeasureType type) {
        return switch (type) {
            case PERCENT -> "%";
            case DURATION_SECONDS -> "s";
            case COUNT, RATING, GAS -> "1";
        };
    }

    static String unitDisplay(MeasureType type) {
        return switch (type) {
            case PERCENT -> "%";
            case COUNT -> "count";
            case DURATION_SECONDS -> "s";
            case RATING, GAS -> "score";
        };
    }
}
