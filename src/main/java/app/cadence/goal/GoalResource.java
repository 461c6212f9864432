package app.cadence.goal;

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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
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

@Audited(resource = "goal")
@Path("/api/v1/goals/{goalId}")
@Tag(name = "Goals")
@RolesAllowed({ Roles.THERAPIST, Roles.CHILD_LIFE_SPECIALIST, Roles.SUPERVISOR, Roles.INTEGRATION })
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class GoalResource {

    private static final MediaType SVG = MediaType.valueOf(ProgressChart.MEDIA_TYPE);

    private final GoalService goals;
    private final GoalProgressService progress;

    GoalResource(GoalService goals, GoalProgressService progress) {
        this.goals = goals;
        this.progress = progress;
    }

    @GET
    @Operation(operationId = "getGoal", summary = "Read a goal")
    @APIResponse(responseCode = "200", description = "The goal",
            content = @Content(schema = @Schema(implementation = GoalResponse.class)),
            headers = @Header(name = "ETag", description = ApiDocs.ETAG_DESCRIPTION))
    public Response get(@PathParam("goalId") UUID goalId) {
        Goal goal = goals.get(goalId);
        return Responses.ok(GoalResponse.of(goal, goals.marking(goalId).orElse(null)), goal.version);
    }

    @POST
    @Path("/entered-in-error")
    @AuditAs(AuditAction.UPDATE)
    @Idempotent
    @Operation(operationId = "markGoalEnteredInError", summary = "Mark a goal entered-in-error (care-team therapist or supervisor)",
            description = "The goal was set by mistake. It is not changed or deleted: the marking, with its reason, is "
                    + "recorded beside it, and the goal leaves the goal list, progress, reports and FHIR, its "
                    + "measurements with it; it can no longer be measured or changed, and discharge no longer asks for "
                    + "its outcome. Afterwards only supervisors read it by id, with the marking in enteredInError; "
                    + "everyone else gets 404. A marking is final.")
    @APIResponse(responseCode = "200", description = "The goal with its marking",
            content = @Content(schema = @Schema(implementation = GoalResponse.class)),
            headers = @Header(name = "ETag", description = ApiDocs.ETAG_DESCRIPTION))
    @APIResponse(responseCode = "409", description = "The goal is already marked entered-in-error")
    public Response markEnteredInError(@PathParam("goalId") UUID goalId, @Valid @NotNull EnteredInErrorRequest body) {
        Goal goal = goals.markEnteredInError(goalId, body);
        return Responses.ok(GoalResponse.of(goal, goals.marking(goalId).orElseThrow()), goal.version);
    }

    @PUT
    @Operation(operationId = "updateGoal", summary = "Replace a goal (care-team therapist)",
            description = "Send the whole goal with the ETag it was read with as If-Match. Achieved and discontinued "
                    + "goals are read-only, and a goal with measurements keeps its measure.")
    @APIResponse(responseCode = "200", description = "The updated goal",
            content = @Content(schema = @Schema(implementation = GoalResponse.class)),
            headers = @Header(name = "ETag", description = ApiDocs.ETAG_DESCRIPTION))
    @APIResponse(responseCode = "409", description = "The goal is closed, the status change makes no sense, "
            + "or the measure of a measured goal would change")
    public Response update(@PathParam("goalId") UUID goalId,
            @Parameter(description = ApiDocs.IF_MATCH_DESCRIPTION, required = true) @HeaderParam(ApiDocs.IF_MATCH) String ifMatch,
            @Valid @NotNull GoalRequest body) {
        Goal goal = goals.update(goalId, ifMatch, body);
        return Responses.ok(GoalResponse.of(goal), goal.version);
    }

    @GET
    @Path("/progress")
    @Produces({ MediaType.APPLICATION_JSON, ProgressChart.MEDIA_TYPE })
    @Operation(operationId = "getGoalProgress", summary = "A goal's measurement series and whether its criterion is met",
            description = "Measurements from the client's sessions, oldest first. With Accept: image/svg+xml, an "
                    + "accessible line chart of the series with the target line (no names or comments).")
    @APIResponse(responseCode = "200", description = "The progress series, or its chart",
            content = { @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = GoalProgress.class)),
                    @Content(mediaType = ProgressChart.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING)) })
    public Response progress(@PathParam("goalId") UUID goalId, @Context HttpHeaders headers) {
        GoalProgress series = progress.progress(goalId);
        if (prefersChart(headers)) {
            return Response.ok(ProgressChart.render(series), SVG).build();
        }
        return Response.ok(series, MediaType.APPLICATION_JSON_TYPE).build();
    }

    /** The first acceptable type (by quality) that this operation produces decides; JSON wins a wildcard. */
    private static boolean prefersChart(HttpHeaders headers) {
        for (MediaType acceptable : headers.getAcceptableMediaTypes()) {
            if (acceptable.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
                return false;
            }
            if (acceptable.isCompatible(SVG)) {
                return true;
            }
        }
        return false;
    }
}
