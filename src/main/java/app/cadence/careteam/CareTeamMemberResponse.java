package app.cadence.careteam;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import app.cadence.common.Identified;

@Schema(name = "CareTeamMember")
public record CareTeamMemberResponse(
        UUID id,
        UUID clientId,
        UUID staffId,
        String displayName,
        String credentials,
        CareTeamRole role,
        OffsetDateTime since,
        @Schema(description = "When the membership ended; absent while it is active") OffsetDateTime until,
        boolean active) implements Identified {

    static CareTeamMemberResponse of(CareTeamMember member) {
        return new CareTeamMemberResponse(member.id, member.clientId, member.staff.id, member.staff.displayName,
                member.staff.credentials, member.role, member.since, member.until, member.active());
    }
}
