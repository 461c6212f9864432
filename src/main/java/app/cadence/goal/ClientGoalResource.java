package app.cadence.goal;

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
import jakarta.ws.rs.QueryParam;
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

@Audited(resource = "goal")
@Path("/api/v1/clients/{clientId}/goals")
@Tag(name = "Goals")
@RolesAllowed({ Roles.THERAPIST, Roles.CHILD_LIFE_SPECIALIST, Roles.SUPERVISOR, Roles.INTEGRATION })
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ClientGoalResource {

    private final GoalService goals;

    ClientGoalResource(GoalService goals) {
        this.goals = goals;
    }

    @GET
    @Operation(operationId = "listGoals", summary = "List a client's goals in the order they were set")
    @APIResponse(responseCode = "200", description = "A page of goals")
    public Page<GoalResponse> list(@PathParam("clientId") UUID clientId,
            @Parameter(description = "Only goals with this status") @QueryParam("status") GoalStatus status,
            @Valid @BeanParam PageRequest page) {
        return goals.list(clientId, status, page);
    }

    @POST
    @Idempotent
    @Operation(operationId = "createGoal", summary = "Set a goal for a client (care-team therapist)",
            description = "Baseline and target must be possible values of the measure. A goal starts proposed unless sent as active.")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(schema = @Schema(implementation = GoalResponse.class)),
            headers = { @Header(name = "Location", description = ApiDocs.LOCATION_DESCRIPTION),
                    @Header(name = "ETag", description = ApiDocs.ETAG_DESCRIPTION) })
    @APIResponse(responseCode = "409", description = "The client is discharged or was entered in error")
    public Response create(@PathParam("clientId") UUID clientId, @Valid @NotNull GoalRequest body,
            @Context UriInfo uriInfo) {
        Goal goal = goals.create(clientId, body);
        return Responses.created(uriInfo, "/api/v1/goals/" + goal.id, GoalResponse.of(goal), goal.version);
    }
}
