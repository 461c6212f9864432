package app.cadence.groupsession;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import app.cadence.common.validation.CleanInput;
import app.cadence.session.CoTreater;
import app.cadence.session.InterventionEntry;
import app.cadence.session.SessionSetting;

/**
 * A new group session: what the group shares, entered once, and its participants. The caller is
 * its first facilitator and the therapist of every participant's session.
 */
@Schema(name = "GroupSessionRequest")
@CleanInput
public record GroupSessionRequest(
        @NotNull @Schema(example = "2025-03-06T15:00:00-05:00") OffsetDateTime startsAt,
        @Schema(description = "After startsAt; required when a participant's session is completed",
                example = "2025-03-06T15:45:00-05:00") OffsetDateTime endsAt,
        @NotNull SessionSetting setting,
        @Size(max = 30) @Schema(description = "Delivered or planned interventions, shared by every participant")
        List<@NotNull @Valid InterventionEntry> interventions,
        @Size(max = 10) @Schema(description = "Other facilitating therapists (staff ids); the caller always facilitates")
        List<@NotNull UUID> facilitatorIds,
        @Size(max = 10) @Schema(description = "Co-treating clinicians of the whole group")
        List<@NotNull @Valid CoTreater> coTreaters,
        @NotEmpty @Size(max = 30) @Schema(description = "The children taking part, each on the caller's care team, each once")
        List<@NotNull @Valid GroupParticipantRequest> participants) {

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
