package app.cadence.careteam;

import java.util.UUID;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CareTeamMemberRequest")
public record CareTeamMemberRequest(
        @NotNull @Schema(description = "Id of the staff member to add") UUID staffId,
        @NotNull CareTeamRole role) {
}
