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

import app.cadence.audit.AuditAction;
import app.cadence.audit.AuditAs;
import app.cadence.audit.Audited;
import app.cadence.common.paging.Page;
import app.cadence.plan.PlanAttention;
import app.cadence.plan.PlanWorklistService;
import app.cadence.common.paging.PageRequest;
import app.cadence.security.Roles;

@Audited(resource = "session")
@Path("/api/v1/worklist")
@Tag(name = "Worklist")
@RolesAllowed({ Roles.THERAPIST, Roles.CHILD_LIFE_SPECIALIST, Roles.SUPERVISOR, Roles.INTEGRATION })
@Produces(MediaType.APPLICATION_JSON)
public class WorklistResource {

    private final WorklistService worklist;
    private final PlanWorklistService plans;

    WorklistResource(WorklistService worklist, PlanWorklistService plans) {
        this.worklist = worklist;
        this.plans = plans;
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

    @AuditAs(value = AuditAction.SEARCH, resource = "treatment-plan")
    @GET
    @Path("/plan-reviews")
    @Operation(operationId = "listPlansNeedingAttention", summary = "List treatment plans whose review is overdue or "
            + "whose child is seen less often than planned",
            description = "Plans in force, earliest review date first. Overdue: the review date is before today in the "
                    + "program's time zone. Seen less often than planned: in force for 7 days or more, with fewer "
                    + "completed sessions in the last 7 days than the plan's sessions per week. A therapist sees the "
                    + "plans of clients on their care teams, a supervisor all.")
    @APIResponse(responseCode = "200", description = "A page of plans needing attention")
    public Page<PlanAttention> plansNeedingAttention(@Valid @BeanParam PageRequest page) {
        return plans.needingAttention(page);
    }
}
