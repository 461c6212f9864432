package app.cadence.worklist;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import app.cadence.session.NoteState;

/** A completed session still waiting for its signed note. */
@Schema(name = "UnsignedNote")
public record UnsignedNote(
        UUID sessionId,
        UUID clientId,
        @Schema(description = "Given and family name, for the clinician's own worklist", example = "Mila Okafor") String clientName,
        OffsetDateTime startsAt,
        UUID therapistId,
        @Schema(description = "none (no note yet), draft, or awaiting-cosignature (an intern's note); never signed here") NoteState noteStatus) {
}
