package app.cadence.session;

import java.time.OffsetDateTime;
import java.util.List;

/** What a group session's participants share, entered once on the group session. */
public record GroupShare(OffsetDateTime startsAt, OffsetDateTime endsAt, SessionSetting setting,
        List<InterventionEntry> interventions, List<CoTreater> coTreaters) {
}
