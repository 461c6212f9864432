package app.cadence.fhir;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
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

import app.cadence.audit.AuditAction;
import app.cadence.audit.AuditAs;
import app.cadence.audit.Audited;
import app.cadence.client.Client;
import app.cadence.security.Roles;

/** The FHIR R4 Patient endpoints; every call is an export of client data and audited as one. */
@Audited(resource = "fhir-patient")
@Path("/fhir/r4/Patient")
@Tag(name = "FHIR")
@RolesAllowed({ Roles.THERAPIST, Roles.CHILD_LIFE_SPECIALIST, Roles.SUPERVISOR, Roles.INTEGRATION })
@Produces({ FhirJson.MEDIA_TYPE, MediaType.APPLICATION_JSON })
public class FhirPatientResource {

    private final FhirPatients patients;

    FhirPatientResource(FhirPatients patients) {
        this.patients = patients;
    }

    @AuditAs(AuditAction.EXPORT)
    @GET
    @Operation(operationId = "searchFhirPatients", summary = "Find patients by identifier (FHIR search)",
            description = "A searchset Bundle of the patients holding the identifier whom the caller may read: "
                    + "for a therapist or child life specialist, only the clients of their care teams.")
    @APIResponse(responseCode = "200", description = "A searchset Bundle of Patient resources",
            content = @Content(mediaType = FhirJson.MEDIA_TYPE, schema = @Schema(ref = FhirOpenApi.BUNDLE)))
    @APIResponse(responseCode = "400", description = "No identifier, or one without a value")
    public Response search(
            @Parameter(description = "A FHIR token: system|value (e.g. the hospital MRN), or a value under any system",
                    example = "urn:oid:2.16.840.1.113883.3.1234.1|MRN-0042187", required = true,
                    schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING,
                            maxLength = PatientIdentifier.MAX_LENGTH))
            @QueryParam("identifier") String identifier,
            @Context UriInfo uriInfo) {
        PatientIdentifier token = PatientIdentifier.parse(identifier);
        return fhir(patients.search(token, FhirBase.of(uriInfo), uriInfo.getRequestUri().toString()));
    }

    @AuditAs(AuditAction.EXPORT)
    @GET
    @Path("/{id}")
    @Operation(operationId = "readFhirPatient", summary = "Read a patient (FHIR read)",
            description = "The client as a FHIR Patient: identifiers, names, birth date, guardians as contacts.")
    @APIResponse(responseCode = "200", description = "The Patient",
            content = @Content(mediaType = FhirJson.MEDIA_TYPE, schema = @Schema(ref = FhirOpenApi.PATIENT)),
            headers = @Header(name = HttpHeaders.ETAG, description = "Weak ETag of the Patient's version",
                    schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING)))
    public Response read(@Parameter(description = "The client's id (the Patient's logical id)",
            schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, maxLength = 64))
            @PathParam("id") String id) {
        Client client = patients.client(id);
        return Response.fromResponse(fhir(PeopleMapping.patient(client)))
                .header(HttpHeaders.ETAG, "W/\"" + client.version + "\"").build();
    }

    @AuditAs(value = AuditAction.EXPORT, resource = "fhir-everything")
    @GET
    @Path("/{id}/$everything")
    @Operation(operationId = "getFhirPatientEverything", summary = "Export a patient's whole record (FHIR $everything)",
            description = "One searchset Bundle: the Patient, the staff involved (Practitioner), the care team (CareTeam), "
                    + "referrals (ServiceRequest), each episode from referral to discharge (EpisodeOfCare), goals (Goal), "
                    + "sessions (Encounter), interventions used (Procedure), goal measurements and pre/post scores "
                    + "(Observation), signed notes and addenda (DocumentReference) and their signatures (Provenance). "
                    + "Draft notes are never exported.")
    @APIResponse(responseCode = "200", description = "A searchset Bundle of the patient's record",
            content = @Content(mediaType = FhirJson.MEDIA_TYPE, schema = @Schema(ref = FhirOpenApi.BUNDLE)))
    public Response everything(@Parameter(description = "The client's id (the Patient's logical id)",
            schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, maxLength = 64))
            @PathParam("id") String id,
            @Context UriInfo uriInfo) {
        return fhir(patients.everything(id, FhirBase.of(uriInfo)));
    }

    static Response fhir(org.hl7.fhir.instance.model.api.IBaseResource resource) {
        return Response.ok(resource).type(FhirJson.MEDIA_TYPE).build();
    }
}
