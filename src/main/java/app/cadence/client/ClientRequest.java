package app.cadence.client;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import app.cadence.common.validation.FreeText;
import app.cadence.common.validation.CleanInput;
import app.cadence.common.validation.BirthDate;

/**
 * What a caller may send to create or replace a client's record: demographics, identifiers,
 * guardians, music preferences and precautions. Ids, audit fields and care teams are never taken
 * from the body.
 */
@Schema(name = "ClientRequest")
@CleanInput
public record ClientRequest(
        @NotBlank @Size(max = 100) @Schema(example = "Mila") String givenName,
        @NotBlank @Size(max = 100) @Schema(example = "Okafor") String familyName,
        @Size(max = 100) String preferredName,
        @BirthDate @NotNull @PastOrPresent @Schema(description = "YYYY-MM-DD, not in the future", example = "2017-03-14") LocalDate birthDate,
        @Size(max = 200) @Schema(description = "Code of the facility (GET /facilities); only callers with every facility see a client without one", example = "RCH") String facility,
        @Size(max = 100) @Schema(example = "PICU") String unit,
        @Size(max = 20) List<@NotNull @Valid Identifier> identifiers,
        @Size(max = 10) List<@NotNull @Valid Guardian> guardians,
        @Valid MusicPreferences musicPreferences,
        @Size(max = 4000) @Schema(description = "Free text, e.g. isolation or spinal precautions") @FreeText String precautions,
        @Schema(description = "On create: referred (default) or active. On update: absent keeps the current status; "
                + "discharge has its own operation.")
        ClientStatus status) {
}
