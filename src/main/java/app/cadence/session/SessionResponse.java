package app.cadence.session;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import app.cadence.common.Identified;
import app.cadence.correction.EnteredInError;

@Schema(name = "Session")
public record SessionResponse(
        UUID id,
        UUID clientId,
        @Schema(description = "Staff id of the therapist who documented the session") UUID therapistId,
        OffsetDateTime startsAt,
        OffsetDateTime endsAt,
        SessionSetting setting,
        SessionKind kind,
        SessionStatus status,
        @Schema(description = "Why a cancelled or no-show session did not happen; absent for other statuses and for "
                + "sessions recorded before reasons were required") CancellationReason cancellationReason,
        @Schema(description = "The group session this session is one participant's record of") UUID groupSessionId,
        boolean familyPresent,
        List<InterventionEntry> interventions,
        @Schema(description = "In the order they were sent; a measurement marked entered-in-error is left out "
                + "except for supervisors") List<RecordedMeasurement> measurements,
        @Schema(description = "In scale code order") List<ScoreEntry> scores,
        List<CoTreater> coTreaters,
        @Schema(description = "Whether the session's note is missing, a draft or signed; a signed session never changes")
        NoteState noteStatus,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt,
        @Schema(description = "Present only when the session is marked entered-in-error (then only supervisors read it)")
        EnteredInError enteredInError) implements Identified {

    SessionResponse markedBy(EnteredInError marking) {
        return new SessionResponse(id, clientId, therapistId, startsAt, endsAt, setting, kind, status, cancellationReason,
                groupSessionId, familyPresent, interventions, measurements, scores, coTreaters, noteStatus, createdAt,
                updatedAt, marking);
    }

    /** The session as those who do not correct every client's records read it: marked measurements left out. */
    SessionResponse withoutMarkedMeasurements() {
        if (measurements.stream().noneMatch(RecordedMeasurement::marked)) {
            return this;
        }
        return new SessionResponse(id, clientId, therapistId, startsAt, endsAt, setting, kind, status, cancellationReason,
                groupSessionId, familyPresent, interventions, measurements.stream().filter(m -> !m.marked()).toList(),
                scores, coTreaters, noteStatus, createdAt, updatedAt, enteredInError);
    }
}
