package app.cadence.agenda;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A day of sessions, earliest first. */
@Schema(name = "Agenda")
public record Agenda(
        @Schema(description = "The day shown, in timeZone") LocalDate date,
        @Schema(description = "The time zone the day is reckoned in (IANA): the caller's facility's when they "
                + "belong to exactly one, else the program's. Each entry's times carry the offset of its client's "
                + "facility", example = "America/New_York") String timeZone,
        @Schema(description = "Scheduled and completed sessions of the day, by start time; at most " + AgendaService.MAX_ENTRIES)
        List<AgendaEntry> items,
        @Schema(description = "Whether the day had more sessions than are shown") boolean truncated) {
}
