package app.cadence.goal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import app.cadence.assessment.Domain;
import app.cadence.common.Identified;
import app.cadence.correction.EnteredInError;

@Schema(name = "Goal")
public record GoalResponse(
        UUID id,
        UUID clientId,
        UUID assessmentId,
        Domain domain,
        String statement,
        Measure measure,
        BigDecimal baseline,
        BigDecimal target,
        Criterion criterion,
        LocalDate targetDate,
        GoalStatus status,
        @Schema(description = "Staff id of the therapist who set the goal") UUID createdBy,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt,
        @Schema(description = "Present only when the goal is marked entered-in-error (then only supervisors read it)")
        EnteredInError enteredInError) implements Identified {

    static GoalResponse of(Goal goal) {
        return of(goal, null);
    }

    static GoalResponse of(Goal goal, EnteredInError marking) {
        return new GoalResponse(goal.id, goal.clientId, goal.assessmentId, goal.domain, goal.statement, Measure.of(goal),
                Decimals.plain(goal.baseline), Decimals.plain(goal.target), new Criterion(goal.criterionSessions),
                goal.targetDate, goal.status, goal.createdBy, goal.createdAt, goal.updatedAt, marking);
    }
}
