package app.cadence.intervention;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
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
import app.cadence.security.Roles;

@Path("/api/v1/interventions")
@Tag(name = "Interventions")
@RolesAllowed({ Roles.THERAPIST, Roles.CHILD_LIFE_SPECIALIST, Roles.SUPERVISOR, Roles.INTEGRATION })
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class InterventionResource {

    private final InterventionCatalog catalog;

    InterventionResource(InterventionCatalog catalog) {
        this.catalog = catalog;
    }

    @GET
    @Operation(operationId = "listInterventions", summary = "List the intervention catalog",
            description = "Entries in category then code order. Sessions record interventions by these codes.")
    @APIResponse(responseCode = "200", description = "A page of catalog entries")
    public Page<InterventionResponse> list(
            @QueryParam("category") @Parameter(description = "Only entries of this category") InterventionCategory category,
            @Valid @BeanParam PageRequest page) {
        return catalog.list(category, page);
    }

    @POST
    @Idempotent
    @Operation(operationId = "createIntervention", summary = "Add an intervention to the catalog (supervisor)",
            description = "The code is permanent: entries are never renamed or removed, since sessions refer to them.")
    @APIResponse(responseCode = "201", description = "Added",
            content = @Content(schema = @Schema(implementation = InterventionResponse.class)),
            headers = { @Header(name = "Location", description = ApiDocs.LOCATION_DESCRIPTION),
                    @Header(name = "ETag", description = ApiDocs.ETAG_DESCRIPTION) })
    @APIResponse(responseCode = "409", description = "The code is already in the catalog")
    public Response create(@Valid @NotNull InterventionRequest body, @Context UriInfo uriInfo) {
        Intervention intervention = catalog.create(body);
        return Responses.created(uriInfo, "/api/v1/interventions/" + intervention.code,
                InterventionResponse.of(intervention), intervention.version);
    }

    @GET
    @Path("/{code}")
    @Operation(operationId = "getIntervention", summary = "Read a catalog entry")
    @APIResponse(responseCode = "200", description = "The catalog entry",
            content = @Content(schema = @Schema(implementation = InterventionResponse.class)),
            headers = @Header(name = "ETag", description = ApiDocs.ETAG_DESCRIPTION))
    public Response get(@PathParam("code") @Parameter(description = "A catalog code",
            schema = @Schema(type = SchemaType.STRING, maxLength = 60, pattern = InterventionRequest.CODE_PATTERN)) String code) {
        Intervention intervention = catalog.get(code);
        return Responses.ok(InterventionResponse.of(intervention), intervention.version);
    }
}
