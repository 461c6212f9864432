package app.cadence.fhir;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import app.cadence.security.Roles;

/**
 * What the façade supports. It holds no client data, so it is not audited; like every Cadence
 * endpoint it needs a token with a Cadence role.
 */
@Path("/fhir/r4/metadata")
@Tag(name = "FHIR")
@RolesAllowed({ Roles.THERAPIST, Roles.CHILD_LIFE_SPECIALIST, Roles.SUPERVISOR, Roles.INTEGRATION })
@Produces({ FhirJson.MEDIA_TYPE, MediaType.APPLICATION_JSON })
public class FhirMetadataResource {

    @GET
    @Operation(operationId = "getFhirCapabilityStatement", summary = "What the FHIR façade supports (FHIR capabilities)",
            description = "A CapabilityStatement listing exactly the supported interactions: Patient read, search by "
                    + "identifier and $everything, in FHIR R4 JSON.")
    @APIResponse(responseCode = "200", description = "The CapabilityStatement",
            content = @Content(mediaType = FhirJson.MEDIA_TYPE, schema = @Schema(ref = FhirOpenApi.CAPABILITY_STATEMENT)))
    public Response capabilities(@Context UriInfo uriInfo) {
        return FhirPatientResource.fhir(Capabilities.statement(FhirBase.of(uriInfo)));
    }
}
