package app.cadence.session;

import java.math.BigDecimal;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import app.cadence.correction.EnteredInError;

/** A goal measurement as stored in its session: what was sent, where it sits, and any marking. */
@Schema(name = "RecordedGoalMeasurement")
public record RecordedMeasurement(
        UUID goalId,
        @Schema(description = "In the goal's measure", example = "60") BigDecimal value,
        String comment,
        @Schema(description = "Where the measurement sits in the measurements the session was documented with, from 0; "
                + "it names the measurement in POST /api/v1/sessions/{sessionId}/measurements/{position}/entered-in-error "
                + "and never changes once the session's note is signed", example = "0") int position,
        @Schema(description = "Present only when the measurement is marked entered-in-error; then only supervisors "
                + "still see it, everyone else reads the session without it") EnteredInError enteredInError) {

    boolean marked() {
        return enteredInError != null;
    }
}
