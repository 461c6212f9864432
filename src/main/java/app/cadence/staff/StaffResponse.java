package app.cadence.staff;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Staff")
public record StaffResponse(
        UUID id,
        String subject,
        String displayName,
        String email,
        String credentials,
        @Schema(description = "Cadence roles") List<String> roles,
        boolean active,
        @Schema(description = "Whether this person's signed notes await a co-signature (an intern)") boolean requiresCosignature,
        @Schema(description = "Staff ids of the board-certified therapists who, besides supervisors, may co-sign "
                + "this person's notes") List<UUID> supervisingTherapistIds,
        @Schema(description = "Codes of the facilities this person works at; a token's facility claim takes precedence")
        List<String> facilities,
        OffsetDateTime createdAt) {

    static StaffResponse of(Staff staff) {
        return new StaffResponse(staff.id, staff.subject, staff.displayName, staff.email, staff.credentials,
                List.copyOf(staff.roleSet()), staff.active, staff.requiresCosignature,
                List.of(staff.supervisingTherapistIds), staff.facilities.stream().sorted().toList(), staff.createdAt);
    }
}
