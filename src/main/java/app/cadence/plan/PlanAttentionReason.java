package app.cadence.plan;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Why a plan is on the plan-review worklist. */
@Schema(name = "PlanAttentionReason")
public enum PlanAttentionReason {
    /** Its review date has passed (in the program's time zone). */
    @JsonProperty("review-overdue")
    REVIEW_OVERDUE,
    /** In force for a week or more, with fewer completed sessions in the last 7 days than planned per week. */
    @JsonProperty("seen-less-than-planned")
    SEEN_LESS_THAN_PLANNED
}
