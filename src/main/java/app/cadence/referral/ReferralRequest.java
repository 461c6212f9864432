package app.cadence.referral;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import app.cadence.client.ClientRequest;
import app.cadence.common.validation.CleanInput;
import app.cadence.common.validation.FreeText;

/** A referral of an existing client ({@code clientId}) or of a new one ({@code client}): exactly one of the two. */
@Schema(name = "ReferralRequest",
        description = "Send clientId to refer a client already in Cadence, or client to create the client with the referral.")
@CleanInput
@ValidReferral
public record ReferralRequest(
        @Schema(description = "An existing client you may read. A discharged child referred again returns to referred.")
        UUID clientId,
        @Valid
        @Schema(description = "A new client, created with status referred. When an integration sends an identifier that "
                + "already belongs to a client, the referral is attached to that client instead (its record is not changed).")
        ClientRequest client,
        @NotEmpty @Size(max = 10)
        @Schema(description = "Why the child is referred; each reason once", example = "[\"anxiety\", \"coping\"]")
        List<@NotNull ReferralReason> reasons,
        @NotNull ReferralPriority priority,
        @Size(max = 4000)
        @Schema(description = "What the therapist should know, e.g. \"Very anxious before dressing changes; loves Moana songs\"")
        @FreeText String notes) {
}
