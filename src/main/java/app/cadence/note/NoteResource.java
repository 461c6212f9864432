package app.cadence.note;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.NotAllowedException;
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

import app.cadence.audit.AuditAction;
import app.cadence.audit.AuditAs;
import app.cadence.audit.Audited;
import app.cadence.common.http.Responses;
import app.cadence.common.idempotency.Idempotent;
import app.cadence.common.openapi.ApiDocs;
import app.cadence.security.Roles;

@Audited(resource = "session-note")
@Path("/api/v1/sessions/{sessionId}/note")
@Tag(name = "Notes")
@RolesAllowed({ Roles.THERAPIST, Roles.CHILD_LIFE_SPECIALIST, Roles.SUPERVISOR, Roles.INTEGRATION })
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class NoteResource {

    private final NoteService notes;
    private final AddendumService addenda;

    NoteResource(NoteService notes, AddendumService addenda) {
        this.notes = notes;
        this.addenda = addenda;
    }

    @GET
    @Operation(operationId = "getNote", summary = "Read a session's note",
            description = "A draft is visible to the care team's therapists and to supervisors. A signed note, with its "
                    + "addenda oldest first, is also visible to child life specialists on the care team and to "
                    + "integrations; for them a note that is still a draft, or an intern's note awaiting co-signature, does "
                    + "not exist yet (404).")
    @APIResponse(responseCode = "200", description = "The note",
            content = @Content(schema = @Schema(implementation = NoteResponse.class)),
            headers = @Header(name = "ETag", description = ApiDocs.ETAG_DESCRIPTION))
    public Response get(@PathParam("sessionId") UUID sessionId) {
        NoteService.Read read = notes.get(sessionId);
        return Responses.ok(NoteResponse.of(read.note(), read.addenda()), read.note().version);
    }

    @PUT
    @Operation(operationId = "writeNote", summary = "Create or replace a session's draft note",
            description = "Therapists on the care team. The first write creates the draft (no If-Match needed) and makes "
                    + "the caller its author; later writes replace it and need If-Match. Any therapist on the care team "
                    + "may edit a draft (co-treatment); only its author signs it. A signed note never changes (409), "
                    + "nor can a session that is still scheduled be documented (409).")
    @APIResponse(responseCode = "200", description = "The replaced draft",
            content = @Content(schema = @Schema(implementation = NoteResponse.class)),
            headers = @Header(name = "ETag", description = ApiDocs.ETAG_DESCRIPTION))
    @APIResponse(responseCode = "201", description = "The new draft",
            content = @Content(schema = @Schema(implementation = NoteResponse.class)),
            headers = { @Header(name = "Location", description = ApiDocs.LOCATION_DESCRIPTION),
                    @Header(name = "ETag", description = ApiDocs.ETAG_DESCRIPTION) })
    @APIResponse(responseCode = "409", description = "The note is signed, or the session is still scheduled")
    public Response write(@PathParam("sessionId") UUID sessionId,
            @Parameter(description = "The ETag of the draft being replaced (required unless the note does not exist yet)")
            @HeaderParam(ApiDocs.IF_MATCH) String ifMatch,
            @Valid @NotNull NoteRequest body, @Context UriInfo uriInfo) {
        NoteService.Written written = notes.write(sessionId, ifMatch, body);
        SessionNote note = written.note();
        NoteResponse response = NoteResponse.of(note, List.of());
        return written.created()
                ? Responses.created(uriInfo, "/api/v1/sessions/" + sessionId + "/note", response, note.version)
                : Responses.ok(response, note.version);
    }

    @AuditAs(AuditAction.SIGN)
    @POST
    @Path("/sign")
    @Idempotent
    @Operation(operationId = "signNote", summary = "Sign a session's note",
            description = "Only the note's author signs. Signing records the signer, the time and contentSha256, the "
                    + "SHA-256 of the note's canonical content (see the SessionNote schema); from then on neither the "
                    + "note nor its session changes. When the author's staff record requires co-signature (an intern), "
                    + "the note becomes awaiting-cosignature instead of signed: frozen, but final only once co-signed.")
    @APIResponse(responseCode = "200", description = "The signed note",
            content = @Content(schema = @Schema(implementation = NoteResponse.class)),
            headers = @Header(name = "ETag", description = "Version of the signed note"))
    @APIResponse(responseCode = "409", description = "The note is already signed, or the session is still scheduled")
    @APIResponse(responseCode = "412", description = "If-Match was sent and the draft has changed since")
    public Response sign(@PathParam("sessionId") UUID sessionId,
            @Parameter(description = "Optional: the ETag of the draft the author read, to sign exactly that version")
            @HeaderParam(ApiDocs.IF_MATCH) String ifMatch) {
        SessionNote note = notes.sign(sessionId, ifMatch);
        return Responses.ok(NoteResponse.of(note, List.of()), note.version);
    }

    @AuditAs(AuditAction.SIGN)
    @POST
    @Path("/cosign")
    @Idempotent
    @Operation(operationId = "cosignNote", summary = "Co-sign an intern's note",
            description = "A note signed by a staff member whose record requires co-signature is awaiting-cosignature, "
                    + "frozen, until a supervisor or a therapist on the care team named as a supervising therapist on the "
                    + "author's staff record co-signs it (others: 403). Co-signing makes it signed and records cosignedBy, "
                    + "cosignedAt and cosignatureSha256 (see the SessionNote schema); the content stays as the intern signed it.")
    @APIResponse(responseCode = "200", description = "The signed note",
            content = @Content(schema = @Schema(implementation = NoteResponse.class)),
            headers = @Header(name = "ETag", description = "Version of the signed note"))
    @APIResponse(responseCode = "409", description = "The note is a draft or already signed")
    public Response cosign(@PathParam("sessionId") UUID sessionId) {
        SessionNote note = notes.cosign(sessionId);
        return Responses.ok(NoteResponse.of(note, List.of()), note.version);
    }

    @AuditAs(value = AuditAction.ADDENDUM, resource = "addendum")
    /** Addenda never change, so unlike the note they carry no ETag. */
    @POST
    @Path("/addenda")
    @Idempotent
    @Operation(operationId = "addAddendum", summary = "Add an addendum to a signed note",
            description = "Therapists and child life specialists on the care team, e.g. a CCLS observation. The addendum "
                    + "records its author and their care-team role, is signed on creation (contentSha256) and never changes.")
    @APIResponse(responseCode = "201", description = "The signed addendum",
            content = @Content(schema = @Schema(implementation = AddendumResponse.class)),
            headers = @Header(name = "Location", description = ApiDocs.LOCATION_DESCRIPTION))
    @APIResponse(responseCode = "409", description = "The note is still a draft")
    public Response addAddendum(@PathParam("sessionId") UUID sessionId, @Valid @NotNull AddendumRequest body,
            @Context UriInfo uriInfo) {
        Addendum addendum = addenda.add(sessionId, body);
        return Response.created(uriInfo.getBaseUriBuilder()
                .path("/api/v1/sessions/" + sessionId + "/note/addenda/" + addendum.id).build())
                .entity(AddendumResponse.of(addendum)).build();
    }

    @AuditAs(value = AuditAction.READ, resource = "addendum")
    @GET
    @Path("/addenda/{addendumId}")
    @Operation(operationId = "getAddendum", summary = "Read an addendum",
            description = "Visible to whoever may read the signed note it belongs to.")
    @APIResponse(responseCode = "200", description = "The addendum",
            content = @Content(schema = @Schema(implementation = AddendumResponse.class)))
    public AddendumResponse getAddendum(@PathParam("sessionId") UUID sessionId, @PathParam("addendumId") UUID addendumId) {
        return AddendumResponse.of(addenda.get(sessionId, addendumId));
    }

    @AuditAs(value = AuditAction.UPDATE, resource = "addendum")
    /*
     * Addenda are signed when written and never change. With resource classes sharing the
     * /api/v1/sessions prefix, RESTEasy Reactive would answer an attempt to change one with a bare
     * 404 (quarkusio/quarkus#30854); these say what is true: only GET exists here.
     */
    @PUT
    @Path("/addenda/{addendumId}")
    @Operation(hidden = true)
    public void replaceAddendum() {
        throw new NotAllowedException(HttpMethod.GET);
    }

    @AuditAs(value = AuditAction.DELETE, resource = "addendum")
    @DELETE
    @Path("/addenda/{addendumId}")
    @Operation(hidden = true)
    public void deleteAddendum() {
        throw new NotAllowedException(HttpMethod.GET);
    }
}
