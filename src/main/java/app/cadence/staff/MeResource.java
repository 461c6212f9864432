package app.cadence.staff;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import app.cadence.security.Roles;

@Path("/api/v1/me")
@Tag(name = "Staff")
@RolesAllowed({ Roles.THERAPIST, Roles.CHILD_LIFE_SPECIALIST, Roles.SUPERVISOR, Roles.INTEGRATION })
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

    private final StaffService staff;

    MeResource(StaffService staff) {
        this.staff = staff;
    }

    @GET
    @Operation(operationId = "getMe", summary = "The caller's staff record and roles",
            description = "The first call creates the staff record from the token's subject, name and email.")
    @APIResponse(responseCode = "200", description = "The caller")
    public StaffResponse me() {
        return StaffResponse.of(staff.current());
    }
}
