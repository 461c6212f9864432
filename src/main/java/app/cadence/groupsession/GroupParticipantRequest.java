package app.cadence.groupsession;

import java.util.UUID;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import app.cadence.common.validation.CleanInput;
import app.cadence.session.CancellationReason;
import app.cadence.session.SessionStatus;

/** A child joining a group session, with their own attendance. */
@Schema(name = "GroupParticipantRequest")
@CleanInput
public record GroupParticipantRequest(
        @NotNull @Schema(description = "A client on the caller's care team") UUID clientId,
        @NotNull @Schema(description = "This child's attendance: scheduled, completed (attended), cancelled or no-show")
        SessionStatus status,
        @Schema(description = "Required when status is cancelled or no-show; not allowed otherwise")
        CancellationReason cancellationReason,
        @Schema(description = "Whether this child's family took part; false when absent") Boolean familyPresent) {
}
