package app.cadence.session;

import java.util.UUID;

import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import app.cadence.common.validation.CleanInput;

/**
 * A co-treating clinician: either {@code staffId} (a Cadence staff member) or {@code name} with
 * {@code discipline} (a clinician from outside Cadence), never both.
 */
@Schema(name = "CoTreater", description = "Either staffId alone, or name and discipline together")
@CleanInput
public record CoTreater(
        @Schema(description = "A Cadence staff member (GET /api/v1/staff)") UUID staffId,
        @Size(max = 200) @Schema(description = "An outside clinician's name", example = "Dana Whitfield, PT") String name,
        CoTreaterDiscipline discipline) {

    public CoTreatment toEmbeddable() {
        CoTreatment treatment = new CoTreatment();
        treatment.staffId = staffId;
        treatment.name = name;
        treatment.discipline = discipline;
        return treatment;
    }

    public static CoTreater of(CoTreatment treatment) {
        return new CoTreater(treatment.staffId, treatment.name, treatment.discipline);
    }
}
