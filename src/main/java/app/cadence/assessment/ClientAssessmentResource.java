package app.cadence.assessment;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import app.cadence.audit.Audited;
import app.cadence.common.http.Responses;
import app.cadence.common.idempotency.Idempotent;
import app.cadence.common.openapi.ApiDocs;
import app.cadence.common.paging.Page;
import app.cadence.common.paging.PageRequest;
import app.cadence.security.Roles;

@Audited(resource = "assessment")
@Path("/api/v1/clients/{clientId}/assessments")
@Tag(name = "Assessments")
@RolesAllowed({ Roles.THERAPIST, Roles.CHILD_LIFE_SPECIALIST, Roles.SUPERVISOR, Roles.INTEGRATION })
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ClientAssessmentResource {

    private final AssessmentService assessments;

    ClientAssessmentResource(AssessmentService assessments) {
        this.assessments = assessments;
    }

    @GET
    @Operation(operationId = "listAssessments", summary = "List a client's assessments, newest first")
    @APIResponse(responseCode = "200", description = "A page of assessments, by assessment date then creation, newest first")
    public Page<AssessmentResponse> list(@PathParam("clientId") UUID clientId, @Valid @BeanParam PageRequest page) {
        return assessments.list(clientId, page);
    }

    @POST
    @Idempotent
    @Operation(operationId = "createAssessment", summary = "Start a draft assessment (care-team therapist)",
            description = "The caller becomes its therapist. It stays editable until finalized.")
    @APIResponse(responseCode = "201", description = "Created as draft",
            content = @Content(schema = @Schema(implementation = AssessmentResponse.class)),
            headers = { @Header(name = "Location", description = ApiDocs.LOCATION_DESCRIPTION),
                    @Header(name = "ETag", description = ApiDocs.ETAG_DESCRIPTION) })
    @APIResponse(responseCode = "409", description = "The client was entered in error")
    public Response create(@PathParam("clientId") UUID clientId, @Valid @NotNull AssessmentRequest body,
            @Context UriInfo uriInfo) {
        Assessment assessment = assessments.create(clientId, body);
        return Responses.created(uriInfo, "/api/v1/assessments/" + assessment.id, AssessmentResponse.of(assessment),
                assessment.version);
    }
}
