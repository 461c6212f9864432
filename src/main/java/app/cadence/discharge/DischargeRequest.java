package app.cadence.discharge;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import app.cadence.common.validation.FreeText;
import app.cadence.common.validation.CleanInput;

@Schema(name = "DischargeRequest")
@CleanInput
public record DischargeRequest(
        @NotNull DischargeReason reason,
        @Size(max = 2000) @Schema(description = "Required when the reason is other") @FreeText String reasonDetail,
        @PastOrPresent @Schema(description = "YYYY-MM-DD, not in the future; absent means today", example = "2025-04-18")
        LocalDate dischargedOn,
        @Size(max = 200) @Schema(description = "A status for every open goal (proposed, active or on-hold) of the client")
        List<@NotNull @Valid GoalOutcome> goalOutcomes,
        @Size(max = 4000) @Schema(example = "Continue song-based coping plan at home; outpatient music therapy referral given.")
        @FreeText String recommendations) {
}
