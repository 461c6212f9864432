package app.cadence.worklist;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import app.cadence.session.NoteState;

/** An intern's signed note waiting for the caller's co-signature. */
@Schema(name = "PendingCosignature")
public record PendingCosignature(
        UUID sessionId,
        UUID clientId,
        @Schema(description = "Given and family name, for the clinician's own worklist", example = "Mila Okafor") String clientName,
        OffsetDateTime startsAt,
        @Schema(description = "Staff id of the intern who wrote and signed the note") UUID authorId,
        @Schema(description = "When the intern signed") OffsetDateTime signedAt,
        @Schema(description = "Always awaiting-cosignature here, which tells these apart from unsigned drafts")
        NoteState noteStatus) {
}
