package app.cadence.report.outcome;

import com.fasterxml.jackson.annotation.JsonProperty;

import app.cadence.common.persistence.CodedEnum;

/** How an outcome report splits its figures into groups (besides the total). */
public enum GroupBy implements CodedEnum {
    /** By calendar month in the program's time zone. */
    @JsonProperty("month")
    MONTH("month"),
    /** By the client's facility. */
    @JsonProperty("facility")
    FACILITY("facility"),
    /** By the client's unit (PICU, oncology...). */
    @JsonProperty("unit")
    UNIT("unit"),
    /** By the therapist who delivered the session (goals: who set them). */
    @JsonProperty("therapist")
    THERAPIST("therapist"),
    /** By the category of the interventions a completed session used; a session may count in several. */
    @JsonProperty("intervention-category")
    INTERVENTION_CATEGORY("intervention-category");

    private final String code;

    GroupBy(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    /** Whether referrals and goal events belong to one group of this kind (a category or a therapist has no referral). */
    boolean groupsReferrals() {
        return this == MONTH || this == FACILITY || this == UNIT;
    }

    boolean groupsGoals() {
        return this != INTERVENTION_CATEGORY;
    }
}
