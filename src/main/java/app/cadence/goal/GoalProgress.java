package app.cadence.goal;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import app.cadence.assessment.Domain;

@Schema(name = "GoalProgress", description = "A goal's measurement series, oldest first")
public record GoalProgress(
        UUID goalId,
        UUID clientId,
        Domain domain,
        GoalStatus status,
        Measure measure,
        BigDecimal baseline,
        BigDecimal target,
        Criterion criterion,
        @Schema(description = "Whether the target was reached in each of the last consecutiveSessions measured sessions")
        boolean criterionMet,
        List<ProgressPoint> measurements) {
}
