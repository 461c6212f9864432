package app.cadence.staff;

import java.util.List;

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
import jakarta.ws.rs.QueryParam;
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

import app.cadence.common.http.Responses;
import app.cadence.common.idempotency.Idempotent;
import app.cadence.common.openapi.ApiDocs;
import app.cadence.common.paging.Page;
import app.cadence.common.paging.PageRequest;
import app.cadence.common.problem.ProblemException;
import app.cadence.security.AccessPolicy;
import app.cadence.security.Action;
import app.cadence.security.Role;
import app.cadence.security.Roles;

@Path("/api/v1/staff")
@Tag(name = "Staff")
@RolesAllowed({ Roles.THERAPIST, Roles.CHILD_LIFE_SPECIALIST, Roles.SUPERVISOR, Roles.INTEGRATION })
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class StaffResource {

    private final StaffService staff;
    private final AccessPolicy access;

    StaffResource(StaffService staff, AccessPolicy access) {
        this.staff = staff;
        this.access = access;
    }

    @GET
    @Operation(operationId = "listStaff", summary = "Staff directory", description = "In name order; optionally one role only.")
    @APIResponse(responseCode = "200", description = "A page of staff")
    public Page<StaffResponse> list(@Parameter(description = "Only staff holding this role") @QueryParam("role") Role role,
            @Valid @BeanParam PageRequest page) {
        access.require(Action.READ_STAFF);
        return staff.list(role, page);
    }

    @POST
    @Idempotent
    @Operation(operationId = "createStaff", summary = "Pre-provision a staff member (supervisor)",
            description = "Registers a colleague by the OIDC subject their account will carry, before their first sign-in.")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(schema = @Schema(implementation = StaffResponse.class)),
            headers = { @Header(name = "Location", description = ApiDocs.LOCATION_DESCRIPTION),
                    @Header(name = "ETag", description = ApiDocs.ETAG_DESCRIPTION) })
    @APIResponse(responseCode = "409", description = "A staff record with this subject exists")
    public Response create(@Valid @NotNull StaffRequest body, @Context UriInfo uriInfo) {
        access.require(Action.MANAGE_STAFF);
        // A supervisor places colleagues only in facilities they reach themselves.
        List<String> facilities = body.facilities() == null ? List.of() : body.facilities();
        for (int i = 0; i < facilities.size(); i++) {
            access.requireFacility("facilities[" + i + "]", facilities.get(i));
        }
        Staff created = staff.create(body);
        return Responses.created(uriInfo, "/api/v1/staff/" + created.id, StaffResponse.of(created), created.version);
    }

    @GET
    @Path("/{staffId}")
    @Operation(operationId = "getStaff", summary = "Read a staff member")
    @APIResponse(responseCode = "200", description = "The staff member",
            content = @Content(schema = @Schema(implementation = StaffResponse.class)),
            headers = @Header(name = "ETag", description = ApiDocs.ETAG_DESCRIPTION))
    public Response get(@PathParam("staffId") UUID staffId) {
        access.require(Action.READ_STAFF);
        Staff found = staff.find(staffId).orElseThrow(() -> ProblemException.notFound("Staff member", staffId));
        return Responses.ok(StaffResponse.of(found), found.version);
    }

    @PUT
    @Path("/{staffId}/supervision")
    @Operation(operationId = "setStaffSupervision", summary = "Set whether a staff member's notes need co-signature (supervisor)",
            description = "Marks an intern: the notes they sign become awaiting-cosignature until a supervisor or one of "
                    + "the supervising therapists named here co-signs them. A supervising therapist holds the therapist "
                    + "role and does not need co-signature themselves (422 otherwise).")
    @APIResponse(responseCode = "200", description = "The staff member",
            content = @Content(schema = @Schema(implementation = StaffResponse.class)),
            headers = @Header(name = "ETag", description = ApiDocs.ETAG_DESCRIPTION))
    public Response setSupervision(@PathParam("staffId") UUID staffId,
            @Parameter(description = "The ETag of the staff record being changed") @HeaderParam(ApiDocs.IF_MATCH) String ifMatch,
            @Valid @NotNull SupervisionRequest body) {
        access.require(Action.MANAGE_STAFF);
        Staff changed = staff.setSupervision(staffId, ifMatch, body);
        return Responses.ok(StaffResponse.of(changed), changed.version);
    }

    @PUT
    @Path("/{staffId}/facilities")
    @Operation(operationId = "setStaffFacilities", summary = "Set the facilities a staff member works at (supervisor)",
            description = "Replaces the list of facilities (hospitals) the person works at, which places them when their "
                    + "token carries no facility claim: a therapist moving to another hospital, or covering a second one. "
                    + "A supervisor adds or removes only facilities they work at themselves; a program lead, any (422 "
                    + "naming each refused code otherwise). A token's facility claim still takes precedence.")
    @APIResponse(responseCode = "200", description = "The staff member",
            content = @Content(schema = @Schema(implementation = StaffResponse.class)),
            headers = @Header(name = "ETag", description = ApiDocs.ETAG_DESCRIPTION))
    public Response setFacilities(@PathParam("staffId") UUID staffId,
            @Parameter(description = "The ETag of the staff record being changed") @HeaderParam(ApiDocs.IF_MATCH) String ifMatch,
            @Valid @NotNull StaffFacilitiesRequest body) {
        access.require(Action.MANAGE_STAFF);
        Staff changed = staff.setFacilities(staffId, ifMatch, body);
        return Responses.ok(StaffResponse.of(changed), changed.version);
    }
}
