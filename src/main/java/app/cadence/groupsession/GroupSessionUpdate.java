package app.cadence.groupsession;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import app.cadence.common.validation.CleanInput;
import app.cadence.session.CoTreater;
import app.cadence.session.InterventionEntry;
import app.cadence.session.SessionSetting;

/**
 * The shared part of a group session, replaced as a whole and passed on to every participant's
 * session. Participants keep their own attendance, measurements, scores and notes, which change
 * through their own session.
 */
@Schema(name = "GroupSessionUpdate")
@CleanInput
public record GroupSessionUpdate(
        @NotNull @Schema(example = "2025-03-06T15:00:00-05:00") OffsetDateTime startsAt,
        @Schema(description = "After startsAt; required when a participant's session is completed",
                example = "2025-03-06T15:50:00-05:00") OffsetDateTime endsAt,
        @NotNull SessionSetting setting,
        @Size(max = 30) List<@NotNull @Valid InterventionEntry> interventions,
        @Size(max = 10) @Schema(description = "Other facilitating therapists (staff ids); the creator always facilitates")
        List<@NotNull UUID> facilitatorIds,
        @Size(max = 10) List<@NotNull @Valid CoTreater> coTreaters) {

    List<InterventionEntry> interventionList() {
        return interventions == null ? List.of() : interventions;
    }

    List<UUID> facilitatorList() {
        return facilitatorIds == null ? List.of() : facilitatorIds;
    }

    List<CoTreater> coTreaterList() {
        return coTreaters == null ? List.of() : coTreaters;
    }
}
