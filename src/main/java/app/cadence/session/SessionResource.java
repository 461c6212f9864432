package app.cadence.session;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
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

import app.cadence.audit.Audited;
import app.cadence.common.http.Responses;
import app.cadence.common.openapi.ApiDocs;
import app.cadence.security.Roles;

@Audited(resource = "session")
@Path("/api/v1/sessions")
@Tag(name = "Sessions")
@RolesAllowed({ Roles.THERAPIST, Roles.CHILD_LIFE_SPECIALIST, Roles.SUPERVISOR, Roles.INTEGRATION })
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SessionResource {

    private final SessionService sessions;

    SessionResource(SessionService sessions) {
        this.sessions = sessions;
    }

    @GET
    @Path("/{sessionId}")
    @Operation(operationId = "getSession", summary = "Read a session")
    @APIResponse(responseCode = "200", description = "The session",
            content = @Content(schema = @Schema(implementation = SessionResponse.class)),
            headers = @Header(name = "ETag", description = ApiDocs.ETAG_DESCRIPTION))
    public Response get(@PathParam("sessionId") UUID sessionId) {
        SessionView session = sessions.get(sessionId);
        return Responses.ok(session.body(), session.version());
    }

    @PUT
    @Path("/{sessionId}")
    @Operation(operationId = "updateSession", summary = "Replace a session (therapist on the care team)",
            description = "Send the whole session with the ETag it was read with as If-Match. The therapist stays "
                    + "the one who created it. Refused once the session's note is signed.")
    @APIResponse(responseCode = "200", description = "The updated session",
            content = @Content(schema = @Schema(implementation = SessionResponse.class)),
            headers = @Header(name = "ETag", description = ApiDocs.ETAG_DESCRIPTION))
    @APIResponse(responseCode = "409", description = "The session's note is signed")
    public Response update(@PathParam("sessionId") UUID sessionId,
            @Parameter(description = ApiDocs.IF_MATCH_DESCRIPTION, required = true) @HeaderParam(ApiDocs.IF_MATCH) String ifMatch,
            @Valid @NotNull SessionRequest body) {
        SessionView session = sessions.update(sessionId, ifMatch, body);
        return Responses.ok(session.body(), session.version());
    }
}
