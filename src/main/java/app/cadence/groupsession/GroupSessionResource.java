package app.cadence.groupsession;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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
import app.cadence.session.SessionPeriod;

@Audited(resource = "group-session")
@Path("/api/v1/group-sessions")
@Tag(name = "Group sessions")
@RolesAllowed({ Roles.THERAPIST, Roles.CHILD_LIFE_SPECIALIST, Roles.SUPERVISOR, Roles.INTEGRATION })
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class GroupSessionResource {

    private final GroupSessionService groups;

    GroupSessionResource(GroupSessionService groups) {
        this.groups = groups;
    }

    @GET
    @Operation(operationId = "listGroupSessions", summary = "List the group sessions of the caller's clients",
            description = "Newest first (by start time); from/to limit the start time. Each group session shows only the "
                    + "participants on the caller's care teams (supervisors and integrations: all), the others as a count.")
    @APIResponse(responseCode = "200", description = "A page of group sessions")
    public Page<GroupSessionResponse> list(@Valid @BeanParam SessionPeriod period, @Valid @BeanParam PageRequest page) {
        return groups.list(period, page);
    }

    @POST
    @Idempotent
    @Operation(operationId = "createGroupSession", summary = "Document a group session (therapist on every participant's care team)",
            description = "Makes the group session and one session of kind group per participant, each with its own "
                    + "attendance; measurements, scores and the note of each child are written on that child's session. "
                    + "The caller facilitates and is the therapist of every participant's session.")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(schema = @Schema(implementation = GroupSessionResponse.class)),
            headers = { @Header(name = "Location", description = ApiDocs.LOCATION_DESCRIPTION),
                    @Header(name = "ETag", description = ApiDocs.ETAG_DESCRIPTION) })
    @APIResponse(responseCode = "409", description = "A participant is discharged or entered in error")
    public Response create(@Valid @NotNull GroupSessionRequest body, @Context UriInfo uriInfo) {
        GroupSessionView group = groups.create(body);
        return Responses.created(uriInfo, "/api/v1/group-sessions/" + group.body().id(), group.body(), group.version());
    }

    @GET
    @Path("/{groupSessionId}")
    @Operation(operationId = "getGroupSession", summary = "Read a group session",
            description = "Only the participants on the caller's care teams are shown (supervisors and integrations: all); "
                    + "the others are counted in otherParticipants, never named. Not found when no participant is within reach.")
    @APIResponse(responseCode = "200", description = "The group session",
            content = @Content(schema = @Schema(implementation = GroupSessionResponse.class)),
            headers = @Header(name = "ETag", description = ApiDocs.ETAG_DESCRIPTION))
    public Response get(@PathParam("groupSessionId") UUID groupSessionId) {
        GroupSessionView group = groups.get(groupSessionId);
        return Responses.ok(group.body(), group.version());
    }

    @PUT
    @Path("/{groupSessionId}")
    @Operation(operationId = "updateGroupSession", summary = "Replace what a group session's participants share",
            description = "Time, setting, interventions, facilitators and co-treaters, passed on to every participant's "
                    + "session. Needs a therapist on every participant's care team and the ETag as If-Match; refused once "
                    + "a participant's note is signed.")
    @APIResponse(responseCode = "200", description = "The updated group session",
            content = @Content(schema = @Schema(implementation = GroupSessionResponse.class)),
            headers = @Header(name = "ETag", description = ApiDocs.ETAG_DESCRIPTION))
    @APIResponse(responseCode = "409", description = "A participant's note is signed")
    public Response update(@PathParam("groupSessionId") UUID groupSessionId,
            @Parameter(description = ApiDocs.IF_MATCH_DESCRIPTION, required = true) @HeaderParam(ApiDocs.IF_MATCH) String ifMatch,
            @Valid @NotNull GroupSessionUpdate body) {
        GroupSessionView group = groups.update(groupSessionId, ifMatch, body);
        return Responses.ok(group.body(), group.version());
    }
}
