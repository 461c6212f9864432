package app.cadence.session;

import java.time.OffsetDateTime;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import app.cadence.common.validation.CleanInput;

/**
 * A whole session as a therapist documents it; an update replaces everything. The therapist is
 * always the caller who created it, never taken from the body.
 */
@Schema(name = "SessionRequest")
@CleanInput
public record SessionRequest(
        @NotNull @Schema(example = "2024-05-02T10:00:00-05:00") OffsetDateTime startsAt,
        @Schema(description = "After startsAt; required once the session is completed", example = "2024-05-02T10:40:00-05:00")
        OffsetDateTime endsAt,
        @NotNull SessionSetting setting,
        @NotNull SessionKind kind,
        @NotNull SessionStatus status,
        @Schema(description = "Required when status is cancelled or no-show; not allowed otherwise")
        CancellationReason cancellationReason,
        @Schema(description = "Whether family members took part; false when absent") Boolean familyPresent,
        @Size(max = 30) @Schema(description = "Delivered (completed) or planned (scheduled) interventions")
        List<@NotNull @Valid InterventionEntry> interventions,
        @Size(max = 30) @Schema(description = "Completed sessions only; each goal at most once")
        List<@NotNull @Valid MeasurementEntry> measurements,
        @Size(max = 6) @Schema(description = "Completed sessions only; each scale at most once, with pre, post or both")
        List<@NotNull @Valid ScoreEntry> scores,
        @Size(max = 10) @Schema(description = "Co-treating clinicians: Cadence staff by staffId, or outside clinicians by name "
                + "and discipline; each staff member at most once, never the session's own therapist")
        List<@NotNull @Valid CoTreater> coTreaters) {

    public List<InterventionEntry> interventionList() {
        return interventions == null ? List.of() : interventions;
    }

    public List<MeasurementEntry> measurementList() {
        return measurements == null ? List.of() : measurements;
    }

    public List<ScoreEntry> scoreList() {
        return scores == null ? List.of() : scores;
    }

    public List<CoTreater> coTreaterList() {
        return coTreaters == null ? List.of() : coTreaters;
    }
}
