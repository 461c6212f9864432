package app.cadence.assessment;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import app.cadence.audit.AuditAction;
import app.cadence.audit.AuditAs;
import app.cadence.audit.Audited;
import app.cadence.common.http.Responses;
import app.cadence.common.idempotency.Idempotent;
import app.cadence.common.openapi.ApiDocs;
import app.cadence.correction.EnteredInErrorRequest;
import app.cadence.security.Roles;

@Audited(resource = "assessment")
@Path("/api/v1/assessments/{assessmentId}")
@Tag(name = "Assessments")
@RolesAllowed({ Roles.THERAPIST, Roles.CHILD_LIFE_SPECIALIST, Roles.SUPERVISOR, Roles.INTEGRATION })
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AssessmentResource {

    private final AssessmentService assessments;

    AssessmentResource(AssessmentService assessments) {
        this.assessments = assessments;
    }

    @GET
    @Operation(operationId = "getAssessment", summary = "Read an assessment")
    @APIResponse(responseCode = "200", description = "The assessment",
            content = @Content(schema = @Schema(implementation = AssessmentResponse.class)),
            headers = @Header(name = "ETag", description = ApiDocs.ETAG_DESCRIPTION))
    public Response get(@PathParam("assessmentId") UUID assessmentId) {
        Assessment assessment = assessments.get(assessmentId);
        return Responses.ok(AssessmentResponse.of(assessment, assessments.marking(assessmentId).orElse(null)),
                assessment.version);
    }

    @PUT
    @Operation(operationId = "updateAssessment", summary = "Replace a draft assessment (care-team therapist)",
            description = "Send the whole assessment with the ETag it was read with as If-Match.")
    @APIResponse(responseCode = "200", description = "The updated assessment",
            content = @Content(schema = @Schema(implementation = AssessmentResponse.class)),
            headers = @Header(name = "ETag", description = ApiDocs.ETAG_DESCRIPTION))
    @APIResponse(responseCode = "409", description = "The assessment is final")
    public Response update(@PathParam("assessmentId") UUID assessmentId,
            @Parameter(description = ApiDocs.IF_MATCH_DESCRIPTION, required = true) @HeaderParam(ApiDocs.IF_MATCH) String ifMatch,
            @Valid @NotNull AssessmentRequest body) {
        Assessment assessment = assessments.update(assessmentId, ifMatch, body);
        return Responses.ok(AssessmentResponse.of(assessment), assessment.version);
    }

    @AuditAs(AuditAction.UPDATE)
    @POST
    @Path("/entered-in-error")
    @Idempotent
    @Operation(operationId = "markAssessmentEnteredInError",
            summary = "Mark an assessment entered-in-error (care-team therapist or supervisor)",
            description = "The assessment, draft or final, was recorded by mistake. It is not changed or deleted: the "
                    + "marking, with its reason, is recorded beside it, and the assessment leaves the assessment list "
                    + "and the progress report. Afterwards only supervisors read it by id, with the marking in "
                    + "enteredInError; everyone else gets 404. A marking is final.")
    @APIResponse(responseCode = "200", description = "The assessment with its marking",
            content = @Content(schema = @Schema(implementation = AssessmentResponse.class)),
            headers = @Header(name = "ETag", description = ApiDocs.ETAG_DESCRIPTION))
    @APIResponse(responseCode = "409", description = "The assessment is already marked entered-in-error")
    public Response markEnteredInError(@PathParam("assessmentId") UUID assessmentId,
            @Valid @NotNull EnteredInErrorRequest body) {
        Assessment assessment = assessments.markEnteredInError(assessmentId, body);
        return Responses.ok(AssessmentResponse.of(assessment, assessments.marking(assessmentId).orElseThrow()),
                assessment.version);
    }

    @AuditAs(AuditAction.UPDATE)
    @POST
    @Path("/finalize")
    @Idempotent
    @Operation(operationId = "finalizeAssessment", summary = "Make a draft assessment final (care-team therapist)",
            description = "Records who finalized it and when; from then on it is read-only.")
    @APIResponse(responseCode = "200", description = "The final assessment",
            content = @Content(schema = @Schema(implementation = AssessmentResponse.class)),
            headers = @Header(name = "ETag", description = ApiDocs.ETAG_DESCRIPTION))
    @APIResponse(responseCode = "409", description = "The assessment is already final")
    public Response finalizeAssessment(@PathParam("assessmentId") UUID assessmentId) {
        Assessment assessment = assessments.makeFinal(assessmentId);
        return Responses.ok(AssessmentResponse.of(assessment), assessment.version);
    }
}
