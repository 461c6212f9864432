package app.cadence.groupsession;

import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import app.cadence.session.CancellationReason;
import app.cadence.session.NoteState;
import app.cadence.session.SessionStatus;

/** A participant the caller may read: their own session in the group, by reference. */
@Schema(name = "GroupParticipant")
public record GroupParticipant(
        @Schema(description = "The child's own session: measurements, scores and note are read and written there")
        UUID sessionId,
        UUID clientId,
        @Schema(description = "Given and family name", example = "Mila Okafor") String clientName,
        SessionStatus status,
        CancellationReason cancellationReason,
        NoteState noteStatus) {
}
