package app.cadence.agenda;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import app.cadence.session.SessionKind;
import app.cadence.session.SessionSetting;
import app.cadence.session.SessionStatus;

/** One session of the day, scheduled or delivered. */
@Schema(name = "AgendaEntry")
public record AgendaEntry(
        UUID sessionId,
        UUID clientId,
        @Schema(description = "Given and family name, for the clinician's own day", example = "Mila Okafor") String clientName,
        @Schema(description = "In the program's time zone") OffsetDateTime startsAt,
        @Schema(description = "In the program's time zone; absent for a session planned without an end") OffsetDateTime endsAt,
        SessionSetting setting,
        SessionKind kind,
        SessionStatus status,
        @Schema(description = "Staff id of the session's therapist") UUID therapistId,
        @Schema(description = "The group session this session belongs to, if any") UUID groupSessionId) {
}
