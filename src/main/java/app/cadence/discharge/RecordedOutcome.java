package app.cadence.discharge;

import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import app.cadence.goal.GoalStatus;

/** A goal's status at discharge as stored, with the status it had before. */
@Schema(name = "RecordedGoalOutcome")
public record RecordedOutcome(
        UUID goalId,
        @Schema(description = "The goal's status just before discharge") GoalStatus previousStatus,
        GoalStatus status,
        String comment) {
}
