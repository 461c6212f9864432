package app.cadence.plan;

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
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import app.cadence.audit.Audited;
import app.cadence.common.http.Responses;
import app.cadence.common.idempotency.Idempotent;
import app.cadence.common.openapi.ApiDocs;
import app.cadence.common.paging.Page;
import app.cadence.common.paging.PageRequest;
import app.cadence.security.Roles;

@Audited(resource = "treatment-plan")
@Path("/api/v1/clients/{clientId}/treatment-plans")
@Tag(name = "Treatment plans")
@RolesAllowed({ Roles.THERAPIST, Roles.CHILD_LIFE_SPECIALIST, Roles.SUPERVISOR, Roles.INTEGRATION })
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ClientTreatmentPlanResource {

    private final TreatmentPlanService plans;

    ClientTreatmentPlanResource(TreatmentPlanService plans) {
        this.plans = plans;
    }

    @GET
    @Operation(operationId = "listTreatmentPlans", summary = "List a client's treatment plans, newest first",
            description = "Visible to whoever may read the client. Each plan carries its reviews.")
    @APIResponse(responseCode = "200", description = "A page of treatment plans")
    public Page<TreatmentPlanResponse> list(@PathParam("clientId") UUID clientId, @Valid @BeanParam PageRequest page) {
        return plans.list(clientId, page);
    }

    @POST
    @Idempotent
    @Operation(operationId = "createTreatmentPlan", summary = "Write a client's treatment plan (care-team therapist)",
            description = "Frequency (sessions per week, minutes per session), the client's goals it covers, a start and "
                    + "a review date. The new plan is in force (active); the plan in force before it becomes superseded "
                    + "and no longer changes.")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(schema = @Schema(implementation = TreatmentPlanResponse.class)),
            headers = { @Header(name = "Location", description = ApiDocs.LOCATION_DESCRIPTION),
                    @Header(name = "ETag", description = ApiDocs.ETAG_DESCRIPTION) })
    @APIResponse(responseCode = "409", description = "The client is not in therapy (referred, discharged or entered in error)")
    public Response create(@PathParam("clientId") UUID clientId, @Valid @NotNull TreatmentPlanRequest body,
            @Context UriInfo uriInfo) {
        TreatmentPlanService.Read created = plans.create(clientId, body);
        return Responses.created(uriInfo, "/api/v1/treatment-plans/" + created.plan().id,
                TreatmentPlanResponse.of(created.plan(), created.reviews()), created.plan().version);
    }
}
