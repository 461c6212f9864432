package app.cadence.goal;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One measurement of a goal, in the session it was taken. */
@Schema(name = "ProgressPoint")
public record ProgressPoint(
        UUID sessionId,
        @Schema(description = "When the session started") OffsetDateTime startsAt,
        BigDecimal value,
        String comment,
        @Schema(description = "Whether the value reaches the goal's target") boolean reachedTarget) {
}
