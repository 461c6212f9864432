package app.cadence.staff;

import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hibernate.validator.constraints.UniqueElements;

import app.cadence.common.validation.CleanInput;

/** A supervisor marks a staff member as an intern (or no longer one) and names their supervising therapists. */
@Schema(name = "SupervisionRequest")
@CleanInput
public record SupervisionRequest(
        @NotNull @Schema(description = "Whether the notes this person signs await a co-signature") Boolean requiresCosignature,
        @NotNull @Size(max = 20) @UniqueElements
        @Schema(uniqueItems = true, description = "Staff ids of board-certified therapists (therapist role, not "
                + "themselves requiring co-signature) who may co-sign, besides supervisors; each once")
        List<@NotNull UUID> supervisingTherapistIds) {
}
