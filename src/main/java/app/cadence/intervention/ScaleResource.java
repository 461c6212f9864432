package app.cadence.intervention;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import app.cadence.common.paging.Page;
import app.cadence.security.Roles;

@Path("/api/v1/scales")
@Tag(name = "Interventions")
@RolesAllowed({ Roles.THERAPIST, Roles.CHILD_LIFE_SPECIALIST, Roles.SUPERVISOR, Roles.INTEGRATION })
@Produces(MediaType.APPLICATION_JSON)
public class ScaleResource {

    private final InterventionCatalog catalog;

    ScaleResource(InterventionCatalog catalog) {
        this.catalog = catalog;
    }

    @GET
    @Operation(operationId = "listScales", summary = "List the scales for pre/post session scores",
            description = "A fixed set (pain, FLACC, FACES, anxiety, mood, relaxation), all on one page, in code order.")
    @APIResponse(responseCode = "200", description = "Every scale")
    public Page<ScaleResponse> list() {
        return new Page<>(catalog.scales(), null);
    }
}
