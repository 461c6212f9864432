package app.cadence.session;

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

    @POST
    @Path("/{sessionId}/entered-in-error")
    @AuditAs(AuditAction.UPDATE)
    @Idempotent
    @Operation(operationId = "markSessionEnteredInError", summary = "Mark a session entered-in-error (care-team therapist or supervisor)",
            description = "The session was documented by mistake. It is not changed or deleted (a signed one stays "
                    + "exactly as signed): the marking, with its reason, is recorded beside it, and the session leaves "
                    + "lists, worklists, goal progress, reports and FHIR. Afterwards only supervisors read it by id, "
                    + "with the marking in enteredInError; everyone else gets 404. A marking is final.")
    @APIResponse(responseCode = "200", description = "The session with its marking",
            content = @Content(schema = @Schema(implementation = SessionResponse.class)),
            headers = @Header(name = "ETag", description = ApiDocs.ETAG_DESCRIPTION))
    @APIResponse(responseCode = "409", description = "The session is already marked entered-in-error")
    public Response markEnteredInError(@PathParam("sessionId") UUID sessionId, @Valid @NotNull EnteredInErrorRequest body) {
        SessionView session = sessions.markEnteredInError(sessionId, body);
        return Responses.ok(session.body(), session.version());
    }

    @POST
    @Path("/{sessionId}/measurements/{position}/entered-in-error")
    @AuditAs(AuditAction.UPDATE)
    @Idempotent
    @Operation(operationId = "markMeasurementEnteredInError",
            summary = "Mark one goal measurement of a signed session entered-in-error (care-team therapist or supervisor)",
            description = "One value was recorded by mistake (the wrong goal, a slip of the keyboard) in a session whose "
                    + "note is signed or awaiting co-signature. The measurement is named by its position in the session's "
                    + "measurements (from 0, as the session shows it). Nothing is changed or deleted: the marking, with "
                    + "its reason, is recorded beside the measurement, which leaves goal progress, the progress and "
                    + "outcome reports and FHIR. Supervisors still read it in the session, with the marking in "
                    + "enteredInError; everyone else reads the session without it. A marking is final. A draft "
                    + "session is corrected by replacing it instead (409).")
    @APIResponse(responseCode = "200", description = "The session, its measurement showing the marking",
            content = @Content(schema = @Schema(implementation = SessionResponse.class)),
            headers = @Header(name = "ETag", description = ApiDocs.ETAG_DESCRIPTION))
    @APIResponse(responseCode = "404", description = "No such session or measurement, or the session is off the caller's "
            + "care teams")
    @APIResponse(responseCode = "409", description = "The session's note is not signed yet, or the measurement is already "
            + "marked")
    public Response markMeasurementEnteredInError(@PathParam("sessionId") UUID sessionId,
            @Parameter(description = "The measurement's position in the session, from 0", example = "0")
            @PathParam("position") int position,
            @Valid @NotNull EnteredInErrorRequest body) {
        SessionView session = sessions.markMeasurementEnteredInError(sessionId, position, body);
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
