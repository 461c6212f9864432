package app.cadence.careteam;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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

@Audited(resource = "care-team-member")
@Path("/api/v1/clients/{clientId}/care-team")
@Tag(name = "Care teams")
@RolesAllowed({ Roles.THERAPIST, Roles.CHILD_LIFE_SPECIALIST, Roles.SUPERVISOR, Roles.INTEGRATION })
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CareTeamResource {

    private final CareTeamService careTeams;

    CareTeamResource(CareTeamService careTeams) {
        this.careTeams = careTeams;
    }

    @GET
    @Operation(operationId = "listCareTeam", summary = "List a client's care team, current and past members")
    @APIResponse(responseCode = "200", description = "A page of memberships, oldest first")
    public Page<CareTeamMemberResponse> list(@PathParam("clientId") UUID clientId, @Valid @BeanParam PageRequest page) {
        return careTeams.list(clientId, page);
    }

    @POST
    @Idempotent
    @Operation(operationId = "addCareTeamMember", summary = "Add a staff member to a client's care team (supervisor)")
    @APIResponse(responseCode = "201", description = "Added",
            content = @Content(schema = @Schema(implementation = CareTeamMemberResponse.class)),
            headers = { @Header(name = "Location", description = ApiDocs.LOCATION_DESCRIPTION),
                    @Header(name = "ETag", description = ApiDocs.ETAG_DESCRIPTION) })
    @APIResponse(responseCode = "409", description = "Already a member, or the client already has a primary therapist")
    public Response add(@PathParam("clientId") UUID clientId, @Valid @NotNull CareTeamMemberRequest body,
            @Context UriInfo uriInfo) {
        CareTeamMember member = careTeams.add(clientId, body);
        return Responses.created(uriInfo, "/api/v1/clients/" + clientId + "/care-team/" + member.id,
                CareTeamMemberResponse.of(member), member.version);
    }

    @GET
    @Path("/{memberId}")
    @Operation(operationId = "getCareTeamMember", summary = "Read one care-team membership")
    @APIResponse(responseCode = "200", description = "The membership",
            content = @Content(schema = @Schema(implementation = CareTeamMemberResponse.class)),
            headers = @Header(name = "ETag", description = ApiDocs.ETAG_DESCRIPTION))
    public Response get(@PathParam("clientId") UUID clientId, @PathParam("memberId") UUID memberId) {
        CareTeamMember member = careTeams.get(clientId, memberId);
        return Responses.ok(CareTeamMemberResponse.of(member), member.version);
    }

    @DELETE
    @Path("/{memberId}")
    @Operation(operationId = "endCareTeamMembership", summary = "End a care-team membership (supervisor)",
            description = "The membership is kept as history with its end time; the person no longer sees the client.")
    @APIResponse(responseCode = "204", description = "Ended")
    public void end(@PathParam("clientId") UUID clientId, @PathParam("memberId") UUID memberId) {
        careTeams.end(clientId, memberId);
    }
}
