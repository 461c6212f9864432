package app.cadence.fhir;

import org.hl7.fhir.r4.model.CapabilityStatement;
import org.hl7.fhir.r4.model.CapabilityStatement.CapabilityStatementRestResourceComponent;
import org.hl7.fhir.r4.model.CapabilityStatement.TypeRestfulInteraction;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Enumerations;

/** The CapabilityStatement: Patient read, search by identifier and $everything, JSON only; nothing else. */
final class Capabilities {

    /** When this statement last changed (the façade's first release); FHIR requires a date. */
    private static final String DATE = "2025-06-01";

    private Capabilities() {
    }

    static CapabilityStatement statement(String base) {
        CapabilityStatement statement = new CapabilityStatement();
        statement.setUrl(base + "/metadata");
        statement.setName("CadenceFhirFacade");
        statement.setTitle("Cadence FHIR R4 read façade");
        statement.setStatus(Enumerations.PublicationStatus.ACTIVE);
        statement.setDateElement(new DateTimeType(DATE));
        statement.setPublisher("Cadence");
        statement.setDescription("Read-only FHIR R4 view of Cadence's music therapy records: a client as a Patient, "
                + "and a client's whole record with Patient/$everything. Access follows Cadence's care teams.");
        statement.setKind(CapabilityStatement.CapabilityStatementKind.INSTANCE);
        statement.getImplementation().setDescription("Cadence").setUrl(base);
        statement.setFhirVersion(Enumerations.FHIRVersion._4_0_1);
        statement.addFormat(FhirJson.MEDIA_TYPE);
        statement.addFormat("json");

        CapabilityStatement.CapabilityStatementRestComponent rest = statement.addRest()
                .setMode(CapabilityStatement.RestfulCapabilityMode.SERVER);
        rest.getSecurity()
                .setDescription("OAuth 2.0 bearer tokens from Cadence's OpenID Connect provider; a therapist or child "
                        + "life specialist sees the clients of their care teams, supervisors and integrations all.")
                .addService(Terminology.concept(Terminology.RESTFUL_SECURITY, "OAuth", "OAuth"));
        CapabilityStatementRestResourceComponent patient = rest.addResource().setType("Patient")
                .setProfile("http://hl7.org/fhir/StructureDefinition/Patient");
        patient.addInteraction().setCode(TypeRestfulInteraction.READ);
        patient.addInteraction().setCode(TypeRestfulInteraction.SEARCHTYPE);
        patient.setVersioning(CapabilityStatement.ResourceVersionPolicy.VERSIONED);
        patient.setReadHistory(false).setUpdateCreate(false).setConditionalCreate(false)
                .setConditionalUpdate(false).setConditionalDelete(CapabilityStatement.ConditionalDeleteStatus.NOTSUPPORTED);
        patient.addSearchParam().setName("identifier").setType(Enumerations.SearchParamType.TOKEN)
                .setDefinition("http://hl7.org/fhir/SearchParameter/Patient-identifier")
                .setDocumentation("system|value, or a value under any system");
        patient.addOperation().setName("everything")
                .setDefinition("http://hl7.org/fhir/OperationDefinition/Patient-everything")
                .setDocumentation("The whole record; no parameters. Draft notes are never exported.");
        return Fhir.summary(statement, "Cadence FHIR R4 read façade: Patient read, search by identifier and "
                + "$everything, in FHIR JSON.");
    }
}
