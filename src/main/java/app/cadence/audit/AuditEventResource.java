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

    AuditEventResource(AuditTrail trail) {
        this.trail = trail;
    }

    @GET
    @Operation(operationId = "listAuditEvents", summary = "Search the audit trail (supervisor)",
            description = "Newest first. Every request that read, searched, created, changed, signed or added to client "
                    + "data, or was refused, is here. Events hold ids only: never names or note text.")
    @APIResponse(responseCode = "200", description = "A page of audit events")
    public Page<AuditEventResponse> list(@Valid @BeanParam AuditEventFilter filter, @Valid @BeanParam PageRequest page) {
        return trail.search(filter, page);
    }
}
