package app.cadence.agenda;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A day of sessions, earliest first. */
@Schema(name = "Agenda")
public record Agenda(
        @Schema(description = "The day shown, in the program's time zone") LocalDate date,
        @Schema(description = "The program's time zone (IANA)", example = "America/New_York") String timeZone,
        @Schema(description = "Scheduled and completed sessions of the day, by start time; at most " + AgendaService.MAX_ENTRIES)
        List<AgendaEntry> items,
        @Schema(description = "Whether the day had more sessions than are shown") boolean truncated) {
}
