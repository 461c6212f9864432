package app.cadence.client;

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

import app.cadence.audit.Audited;
import app.cadence.common.http.Responses;
import app.cadence.common.idempotency.Idempotent;
import app.cadence.common.openapi.ApiDocs;
import app.cadence.common.paging.Page;
import app.cadence.common.paging.PageRequest;
import app.cadence.security.Roles;

@Audited(resource = "client")
@Path("/api/v1/clients")
@Tag(name = "Clients")
@RolesAllowed({ Roles.THERAPIST, Roles.CHILD_LIFE_SPECIALIST, Roles.SUPERVISOR, Roles.INTEGRATION })
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ClientResource {

    private final ClientService clients;

    ClientResource(ClientService clients) {
        this.clients = clients;
    }

    @GET
    @Operation(operationId = "listClients", summary = "List clients",
            description = "Clients in name order. Therapists and child life specialists see the clients on their care teams; "
                    + "supervisors and integrations see all.")
    @APIResponse(responseCode = "200", description = "A page of clients")
    public Page<ClientResponse> list(@Valid @BeanParam ClientFilter filter, @Valid @BeanParam PageRequest page) {
        return clients.list(filter, page);
    }

    @POST
    @Idempotent
    @Operation(operationId = "createClient", summary = "Create a client",
            description = "A therapist creating a client becomes its primary therapist; a child life specialist joins its care team.")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(schema = @Schema(implementation = ClientResponse.class)),
            headers = { @Header(name = "Location", description = ApiDocs.LOCATION_DESCRIPTION),
                    @Header(name = "ETag", description = ApiDocs.ETAG_DESCRIPTION) })
    @APIResponse(responseCode = "409", description = "An identifier already belongs to another client")
    public Response create(@Valid @NotNull ClientRequest body, @Context UriInfo uriInfo) {
        Client client = clients.create(body);
        return Responses.created(uriInfo, "/api/v1/clients/" + client.id, ClientResponse.of(client), client.version);
    }

    @GET
    @Path("/{clientId}")
    @Operation(operationId = "getClient", summary = "Read a client")
    @APIResponse(responseCode = "200", description = "The client",
            content = @Content(schema = @Schema(implementation = ClientResponse.class)),
            headers = @Header(name = "ETag", description = ApiDocs.ETAG_DESCRIPTION))
    public Response get(@PathParam("clientId") UUID clientId) {
        ClientView client = clients.get(clientId);
        return Responses.ok(client.body(), client.version());
    }

    @PUT
    @Path("/{clientId}")
    @Operation(operationId = "updateClient", summary = "Replace a client's demographics and identifiers",
            description = "Send the whole record with the ETag it was read with as If-Match.")
    @APIResponse(responseCode = "200", description = "The updated client",
            content = @Content(schema = @Schema(implementation = ClientResponse.class)),
            headers = @Header(name = "ETag", description = ApiDocs.ETAG_DESCRIPTION))
    @APIResponse(responseCode = "409", description = "An identifier belongs to another client, or the status change is not allowed")
    public Response update(@PathParam("clientId") UUID clientId,
            @Parameter(description = ApiDocs.IF_MATCH_DESCRIPTION, required = true) @HeaderParam(ApiDocs.IF_MATCH) String ifMatch,
            @Valid @NotNull ClientRequest body) {
        Client client = clients.update(clientId, ifMatch, body);
        return Responses.ok(ClientResponse.of(client), client.version);
    }
}
