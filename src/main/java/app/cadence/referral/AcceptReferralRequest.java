package app.cadence.referral;

import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Optional body of accept: a supervisor may name the therapist who takes the child on. */
@Schema(name = "AcceptReferralRequest")
public record AcceptReferralRequest(
        @Schema(description = "Staff id of the therapist who takes the child on. Omit it to take the child on yourself "
                + "(therapist); a supervisor who omits it accepts without assigning a therapist. Only a supervisor may "
                + "name someone else.")
        UUID therapistStaffId) {
}
