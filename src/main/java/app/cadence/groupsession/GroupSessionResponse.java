package app.cadence.groupsession;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import app.cadence.common.Identified;
import app.cadence.session.CoTreater;
import app.cadence.session.InterventionEntry;
import app.cadence.session.SessionSetting;

@Schema(name = "GroupSession", description = "A group session as the caller may see it: the participants they may read, "
        + "and how many others took part, never who")
public record GroupSessionResponse(
        UUID id,
        OffsetDateTime startsAt,
        OffsetDateTime endsAt,
        SessionSetting setting,
        List<InterventionEntry> interventions,
        @Schema(description = "Staff ids of the facilitating therapists, the creator first") List<UUID> facilitatorIds,
        List<CoTreater> coTreaters,
        @Schema(description = "The participants on the caller's care teams (every participant for supervisors and integrations)")
        List<GroupParticipant> participants,
        @Schema(description = "How many other children took part; they are never named to this caller", example = "3")
        int otherParticipants,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt) implements Identified {
}
