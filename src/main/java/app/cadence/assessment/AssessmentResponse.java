package app.cadence.assessment;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import app.cadence.common.Identified;
import app.cadence.correction.EnteredInError;

@Schema(name = "Assessment")
public record AssessmentResponse(
        UUID id,
        UUID clientId,
        @Schema(description = "Staff id of the therapist who wrote it") UUID therapistId,
        LocalDate assessedOn,
        AssessmentKind kind,
        List<Finding> findings,
        String summary,
        String recommendations,
        AssessmentStatus status,
        @Schema(description = "When it became final; absent while draft") OffsetDateTime finalizedAt,
        @Schema(description = "Staff id of who finalized it; absent while draft") UUID finalizedBy,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt,
        @Schema(description = "Present only when the assessment is marked entered-in-error (then only supervisors read it)")
        EnteredInError enteredInError) implements Identified {

    static AssessmentResponse of(Assessment assessment) {
        return of(assessment, null);
    }

    static AssessmentResponse of(Assessment assessment, EnteredInError marking) {
        return new AssessmentResponse(assessment.id, assessment.clientId, assessment.therapistId, assessment.assessedOn,
                assessment.kind, List.copyOf(assessment.findings), assessment.summary, assessment.recommendations,
                assessment.status, assessment.finalizedAt, assessment.finalizedBy, assessment.createdAt,
                assessment.updatedAt, marking);
    }
}
