package app.cadence.referral;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import app.cadence.careteam.CareTeamRole;
import app.cadence.client.Client;
import app.cadence.client.ClientStatus;
import app.cadence.common.Identified;
import app.cadence.staff.Staff;

/** A referral with what a therapist needs to triage it, and the decision once taken. */
@Schema(name = "Referral")
public record ReferralResponse(
        UUID id,
        UUID clientId,
        ReferredClient client,
        List<ReferralReason> reasons,
        ReferralPriority priority,
        String notes,
        ReferralStatus status,
        ReferralStaff referredBy,
        OffsetDateTime createdAt,
        @Schema(description = "Who accepted or declined; absent while pending") ReferralStaff decidedBy,
        @Schema(description = "When it was accepted or declined; absent while pending") OffsetDateTime decidedAt,
        @Schema(description = "Present when declined") String declineReason,
        @Schema(description = "The therapist who took the child on; absent when declined, or accepted by a supervisor "
                + "without naming one") ReferralStaff assignedTherapist,
        @Schema(description = "The care-team role the assigned therapist got: primary-therapist, or therapist when the "
                + "client already had a primary therapist") CareTeamRole assignedRole) implements Identified {

    /** The client as the queue shows it: enough to triage, not the whole record. */
    @Schema(name = "ReferredClient")
    public record ReferredClient(
            @Schema(example = "Mila Okafor") String displayName,
            String preferredName,
            LocalDate birthDate,
            String facility,
            @Schema(example = "PICU") String unit,
            ClientStatus status) {

        static ReferredClient of(Client client) {
            return new ReferredClient(client.givenName + " " + client.familyName, client.preferredName,
                    client.birthDate, client.facility, client.unit, client.status);
        }
    }

    @Schema(name = "ReferralStaff")
    public record ReferralStaff(UUID staffId, String displayName) {

        static ReferralStaff of(Staff staff) {
            return staff == null ? null : new ReferralStaff(staff.id, staff.displayName);
        }
    }

    static ReferralResponse of(Referral referral) {
        return new ReferralResponse(referral.id, referral.client.id, ReferredClient.of(referral.client),
                referral.reasons, referral.priority, referral.notes, referral.status,
                ReferralStaff.of(referral.referredBy), referral.createdAt, ReferralStaff.of(referral.decidedBy),
                referral.decidedAt, referral.declineReason, ReferralStaff.of(referral.assignedTherapist),
                referral.assignedRole);
    }
}
