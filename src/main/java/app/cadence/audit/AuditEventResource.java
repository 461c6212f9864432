package app.cadence.audit;

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

import app.cadence.common.paging.Page;
import app.cadence.common.paging.PageRequest;
import app.cadence.security.Roles;

@Audited(resource = "audit-event")
@Path("/api/v1/audit-events")
@Tag(name = "Audit")
@RolesAllowed({ Roles.THERAPIST, Roles.CHILD_LIFE_SPECIALIST, Roles.SUPERVISOR, Roles.INTEGRATION })
@Produces(MediaType.APPLICATION_JSON)
public class AuditEventResource {

    private final AuditTrail trail;
    private final AuditChainVerification chain;

    AuditEventResource(AuditTrail trail, AuditChainVerification chain) {
        this.trail = trail;
        this.chain = chain;
    }

    @GET
    @Operation(operationId = "listAuditEvents", summary = "Search the audit trail (supervisor)",
            description = "Newest first. Every request that read, searched, created, changed, signed or added to client "
                    + "data, or was refused, is here. Events hold ids only: never names or note text.")
    @APIResponse(responseCode = "200", description = "A page of audit events")
    public Page<AuditEventResponse> list(@Valid @BeanParam AuditEventFilter filter, @Valid @BeanParam PageRequest page) {
        return trail.search(filter, page);
    }

    @GET
    @Path("/verification")
    @Operation(operationId = "verifyAuditTrail", summary = "Verify the audit trail against its chain (supervisor)",
            description = "Cadence seals every audit event into a chain: each seal is a MAC (HMAC-SHA256 under the "
                    + "application's chain key) of the previous seal and the event's content. This recomputes every link "
                    + "and reports events changed or removed after they were sealed, seals removed, events that appeared "
                    + "behind the sealer's back, and changes to the events from before the chain began. Problems are "
                    + "listed by id only. Compare headPosition and headMac with the head the application logs, kept "
                    + "outside the database. Each run is audited.")
    @APIResponse(responseCode = "200", description = "The verification's result")
    public AuditChainVerificationReport verify() {
        return chain.verify();
    }
}
