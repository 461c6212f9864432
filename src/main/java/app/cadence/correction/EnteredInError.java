package app.cadence.correction;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The marking of a record entered by mistake: shown to supervisors, who still read such records. */
@Schema(name = "EnteredInError", description = "Present only on a record marked entered-in-error (which only "
        + "supervisors still read): why, by whom and when it was marked")
public record EnteredInError(
        String reason,
        @Schema(description = "Staff id of whoever marked the record") UUID by,
        @Schema(description = "When it was marked (UTC, milliseconds)") OffsetDateTime at) {
}
