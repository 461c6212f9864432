package app.cadence.session;

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

@Audited(resource = "session")
@Path("/api/v1/clients/{clientId}/sessions")
@Tag(name = "Sessions")
@RolesAllowed({ Roles.THERAPIST, Roles.CHILD_LIFE_SPECIALIST, Roles.SUPERVISOR, Roles.INTEGRATION })
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ClientSessionResource {

    private final SessionService sessions;

    ClientSessionResource(SessionService sessions) {
        this.sessions = sessions;
    }

    @GET
    @Operation(operationId = "listSessions", summary = "List a client's sessions",
            description = "Newest first (by start time). from/to limit the start time: from inclusive, to exclusive.")
    @APIResponse(responseCode = "200", description = "A page of sessions")
    public Page<SessionResponse> list(@PathParam("clientId") UUID clientId, @Valid @BeanParam SessionPeriod period,
            @Valid @BeanParam PageRequest page) {
        return sessions.list(clientId, period, page);
    }

    @POST
    @Idempotent
    @Operation(operationId = "createSession", summary = "Document a session (therapist on the care team)",
            description = "The caller becomes the session's therapist. Goal measurements and pre/post scores belong to "
                    + "completed sessions, which also need endsAt; interventions may be planned on a scheduled session.")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(schema = @Schema(implementation = SessionResponse.class)),
            headers = { @Header(name = "Location", description = ApiDocs.LOCATION_DESCRIPTION),
                    @Header(name = "ETag", description = ApiDocs.ETAG_DESCRIPTION) })
    @APIResponse(responseCode = "409", description = "The client is discharged or entered in error")
    public Response create(@PathParam("clientId") UUID clientId, @Valid @NotNull SessionRequest body,
            @Context UriInfo uriInfo) {
        SessionView session = sessions.create(clientId, body);
        return Responses.created(uriInfo, "/api/v1/sessions/" + session.body().id(), session.body(), session.version());
    }
}
