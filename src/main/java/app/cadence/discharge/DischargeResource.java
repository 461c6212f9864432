package app.cadence.discharge;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import app.cadence.audit.Audited;
import app.cadence.common.http.Responses;
import app.cadence.common.idempotency.Idempotent;
import app.cadence.common.openapi.ApiDocs;
import app.cadence.security.Roles;

@Audited(resource = "discharge")
@Path("/api/v1/clients/{clientId}/discharge")
@Tag(name = "Discharge")
@RolesAllowed({ Roles.THERAPIST, Roles.CHILD_LIFE_SPECIALIST, Roles.SUPERVISOR, Roles.INTEGRATION })
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DischargeResource {

    private final DischargeService discharges;

    DischargeResource(DischargeService discharges) {
        this.discharges = discharges;
    }

    @POST
    @Idempotent
    @Operation(operationId = "dischargeClient", summary = "Discharge a client (care-team therapist or supervisor)",
            description = "Records the reason, each open goal's outcome and recommendations; the goals take their "
                    + "outcome statuses and the client becomes discharged, all at once.")
    @APIResponse(responseCode = "201", description = "Discharged",
            content = @Content(schema = @Schema(implementation = DischargeResponse.class)),
            headers = { @Header(name = "Location", description = ApiDocs.LOCATION_DESCRIPTION),
                    @Header(name = "ETag", description = ApiDocs.ETAG_DESCRIPTION) })
    @APIResponse(responseCode = "409", description = "The client is not in therapy (already discharged, referred or "
            + "entered in error), or a goal cannot take the outcome given")
    public Response discharge(@PathParam("clientId") UUID clientId, @Valid @NotNull DischargeRequest body,
            @Context UriInfo uriInfo) {
        Discharge discharge = discharges.discharge(clientId, body);
        return Responses.created(uriInfo, "/api/v1/clients/" + clientId + "/discharge",
                DischargeResponse.of(discharge), discharge.version);
    }

    @GET
    @Operation(operationId = "getDischarge", summary = "Read a client's discharge",
            description = "After discharges over several referrals, the latest.")
    @APIResponse(responseCode = "200", description = "The discharge",
            content = @Content(schema = @Schema(implementation = DischargeResponse.class)),
            headers = @Header(name = "ETag", description = ApiDocs.ETAG_DESCRIPTION))
    public Response get(@PathParam("clientId") UUID clientId) {
        Discharge discharge = discharges.latest(clientId);
        return Responses.ok(DischargeResponse.of(discharge), discharge.version);
    }
}
