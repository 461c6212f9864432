package app.cadence.plan;

import java.util.UUID;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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
import app.cadence.security.Roles;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

@Audited(resource = "treatment-plan")
@Path("/api/v1/treatment-plans/{planId}")
@Tag(name = "Treatment plans")
@RolesAllowed({ Roles.THERAPIST, Roles.CHILD_LIFE_SPECIALIST, Roles.SUPERVISOR, Roles.INTEGRATION })
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TreatmentPlanResource {

    private final TreatmentPlanService plans;

    TreatmentPlanResource(TreatmentPlanService plans) {
        this.plans = plans;
    }

    @GET
    @Operation(operationId = "getTreatmentPlan", summary = "Read a treatment plan with its reviews",
            description = "Visible to whoever may read the client.")
    @APIResponse(responseCode = "200", description = "The plan",
            content = @Content(schema = @Schema(implementation = TreatmentPlanResponse.class)),
            headers = @Header(name = "ETag", description = ApiDocs.ETAG_DESCRIPTION))
    public Response get(@PathParam("planId") UUID planId) {
        TreatmentPlanService.Read read = plans.get(planId);
        return Responses.ok(TreatmentPlanResponse.of(read.plan(), read.reviews()), read.plan().version);
    }

    @PUT
    @Operation(operationId = "updateTreatmentPlan", summary = "Change the plan in force (care-team therapist)",
            description = "Only while the plan is active; a superseded or ended plan no longer changes (409).")
    @APIResponse(responseCode = "200", description = "The changed plan",
            content = @Content(schema = @Schema(implementation = TreatmentPlanResponse.class)),
            headers = @Header(name = "ETag", description = ApiDocs.ETAG_DESCRIPTION))
    @APIResponse(responseCode = "409", description = "The plan is superseded or ended")
    public Response update(@PathParam("planId") UUID planId,
            @Parameter(description = ApiDocs.IF_MATCH_DESCRIPTION) @HeaderParam(ApiDocs.IF_MATCH) String ifMatch,
            @Valid @NotNull TreatmentPlanRequest body) {
        TreatmentPlanService.Read read = plans.update(planId, ifMatch, body);
        return Responses.ok(TreatmentPlanResponse.of(read.plan(), read.reviews()), read.plan().version);
    }

    @POST
    @Path("/reviews")
    @Idempotent
    @Operation(operationId = "reviewTreatmentPlan", summary = "Record a review of the plan in force (care-team therapist or supervisor)",
            description = "Outcome continue, revise or discharge, with an optional note. continue and revise may set the "
                    + "plan's next review date; discharge ends the plan. Reviews are part of the plan and never change: "
                    + "the answer is the plan with its reviews, and Location points at it.")
    @APIResponse(responseCode = "201", description = "Recorded; the plan with its reviews",
            content = @Content(schema = @Schema(implementation = TreatmentPlanResponse.class)),
            headers = { @Header(name = "Location", description = ApiDocs.LOCATION_DESCRIPTION),
                    @Header(name = "ETag", description = ApiDocs.ETAG_DESCRIPTION) })
    @APIResponse(responseCode = "409", description = "The plan is superseded or ended")
    public Response review(@PathParam("planId") UUID planId, @Valid @NotNull PlanReviewRequest body,
            @Context UriInfo uriInfo) {
        TreatmentPlanService.Read read = plans.review(planId, body);
        return Responses.created(uriInfo, "/api/v1/treatment-plans/" + planId,
                TreatmentPlanResponse.of(read.plan(), read.reviews()), read.plan().version);
    }
}
