package app.cadence.discharge;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import app.cadence.common.Identified;

@Schema(name = "Discharge")
public record DischargeResponse(
        UUID id,
        UUID clientId,
        DischargeReason reason,
        String reasonDetail,
        LocalDate dischargedOn,
        List<RecordedOutcome> goalOutcomes,
        String recommendations,
        @Schema(description = "Staff id of who discharged the client") UUID dischargedBy,
        OffsetDateTime createdAt) implements Identified {

    static DischargeResponse of(Discharge discharge) {
        return new DischargeResponse(discharge.id, discharge.clientId, discharge.reason, discharge.reasonDetail,
                discharge.dischargedOn, List.copyOf(discharge.goalOutcomes), discharge.recommendations,
                discharge.dischargedBy, discharge.createdAt);
    }
}
