package app.cadence.facility;

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

@Path("/api/v1/facilities")
@Tag(name = "Facilities")
@RolesAllowed({ Roles.THERAPIST, Roles.CHILD_LIFE_SPECIALIST, Roles.SUPERVISOR, Roles.INTEGRATION })
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class FacilityResource {

    private final FacilityService facilities;

    FacilityResource(FacilityService facilities) {
        this.facilities = facilities;
    }

    @GET
    @Operation(operationId = "listFacilities", summary = "List the program's facilities",
            description = "In code order. Clients and staff name their facility by its code.")
    @APIResponse(responseCode = "200", description = "A page of facilities")
    public Page<FacilityResponse> list(@Valid @BeanParam PageRequest page) {
        return facilities.list(page);
    }

    @POST
    @Idempotent
    @Operation(operationId = "createFacility", summary = "Add a facility (program lead)",
            description = "Only a program lead, a supervisor for every facility, adds facilities. The code is permanent.")
    @APIResponse(responseCode = "201", description = "Added",
            content = @Content(schema = @Schema(implementation = FacilityResponse.class)),
            headers = { @Header(name = "Location", description = ApiDocs.LOCATION_DESCRIPTION),
                    @Header(name = "ETag", description = ApiDocs.ETAG_DESCRIPTION) })
    @APIResponse(responseCode = "409", description = "The code is taken")
    public Response create(@Valid @NotNull FacilityRequest body, @Context UriInfo uriInfo) {
        Facility facility = facilities.create(body);
        return Responses.created(uriInfo, "/api/v1/facilities/" + facility.code, FacilityResponse.of(facility),
                facility.version);
    }

    @GET
    @Path("/{facilityCode}")
    @Operation(operationId = "getFacility", summary = "Read a facility")
    @APIResponse(responseCode = "200", description = "The facility",
            content = @Content(schema = @Schema(implementation = FacilityResponse.class)),
            headers = @Header(name = "ETag", description = ApiDocs.ETAG_DESCRIPTION))
    public Response get(@PathParam("facilityCode") @Parameter(description = "A facility code",
            schema = @Schema(type = SchemaType.STRING, maxLength = 200)) String code) {
        Facility facility = facilities.get(code);
        return Responses.ok(FacilityResponse.of(facility), facility.version);
    }

    @PUT
    @Path("/{facilityCode}")
    @Operation(operationId = "updateFacility", summary = "Rename a facility or change its time zone (program lead)",
            description = "Send the ETag it was read with as If-Match. The code never changes.")
    @APIResponse(responseCode = "200", description = "The updated facility",
            content = @Content(schema = @Schema(implementation = FacilityResponse.class)),
            headers = @Header(name = "ETag", description = ApiDocs.ETAG_DESCRIPTION))
    public Response update(@PathParam("facilityCode") @Parameter(description = "A facility code",
                    schema = @Schema(type = SchemaType.STRING, maxLength = 200)) String code,
            @Parameter(description = ApiDocs.IF_MATCH_DESCRIPTION, required = true) @HeaderParam(ApiDocs.IF_MATCH) String ifMatch,
            @Valid @NotNull FacilityChanges body) {
        Facility facility = facilities.update(code, ifMatch, body);
        return Responses.ok(FacilityResponse.of(facility), facility.version);
    }
}
