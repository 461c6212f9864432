package app.cadence.worklist;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import app.cadence.audit.Audited;
import app.cadence.common.paging.Page;
import app.cadence.common.paging.PageRequest;
import app.cadence.security.Roles;

@Audited(resource = "session")
@Path("/api/v1/worklist")
@Tag(name = "Worklist")
@RolesAllowed({ Roles.THERAPIST, Roles.CHILD_LIFE_SPECIALIST, Roles.SUPERVISOR, Roles.INTEGRATION })
@Produces(MediaType.APPLICATION_JSON)
public class WorklistResource {

    private final WorklistService worklist;

    WorklistResource(WorklistService worklist) {
        this.worklist = worklist;
    }

    @GET
    @Path("/unsigned-notes")
    @Operation(operationId = "listUnsignedNotes", summary = "List completed sessions waiting for a signed note",
            description = "Oldest first. A therapist sees their own sessions (for clients on their care team); "
                    + "a supervisor sees everyone's and may filter by therapist. An intern's note awaiting co-signature "
                    + "stays here, with noteStatus awaiting-cosignature, until it is co-signed.")
    @APIResponse(responseCode = "200", description = "A page of sessions without a signed note")
    public Page<UnsignedNote> unsignedNotes(@Valid @BeanParam WorklistFilter filter, @Valid @BeanParam PageRequest page) {
        return worklist.unsignedNotes(filter, page);
    }

    @GET
    @Path("/cosignatures")
    @Operation(operationId = "listPendingCosignatures", summary = "List interns' notes awaiting the caller's co-signature",
            description = "Oldest session first. A supervisor sees every note awaiting co-signature; a therapist those "
                    + "whose author's staff record names them as a supervising therapist, for clients on their care team.")
    @APIResponse(responseCode = "200", description = "A page of notes awaiting co-signature")
    public Page<PendingCosignature> pendingCosignatures(@Valid @BeanParam PageRequest page) {
        return worklist.pendingCosignatures(page);
    }
}
