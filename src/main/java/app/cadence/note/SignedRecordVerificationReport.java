package app.cadence.note;

import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SignedRecordVerification", description = "Every signed note, co-signature and addendum, rehashed from its canonical content")
public record SignedRecordVerificationReport(
        OffsetDateTime verifiedAt,
        @Schema(description = "Signed notes checked, interns' notes awaiting co-signature included") long notes,
        @Schema(description = "Co-signatures of interns' notes checked") long cosignatures,
        @Schema(description = "Addenda checked") long addenda,
        @Schema(description = "Whether every record still hashes to its recorded SHA-256") boolean intact,
        @Schema(description = "How many records do not") long mismatchCount,
        @Schema(description = "The records that do not, by id only; at most the first "
                + SignedRecordVerification.LISTED_MISMATCHES) List<SignedRecordMismatch> mismatches) {
}
