package app.cadence.fhir;

import java.util.Map;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

import io.quarkus.smallrye.openapi.OpenApiFilter;

/**
 * Documents the FHIR operations' shared conventions: named schemas for the FHIR resources they
 * answer (the FHIR specification defines their content; the document names them only), errors as
 * OperationOutcome, the {@code _format} parameter, and bearer tokens as for the REST API.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class FhirOpenApi implements OASFilter {

    static final String PATIENT = "FhirPatient";
    static final String BUNDLE = "FhirBundle";
    static final String CAPABILITY_STATEMENT = "FhirCapabilityStatement";
    static final String OPERATION_OUTCOME = "FhirOperationOutcome";

    private static final Map<String, String> RESOURCES = Map.of(
            PATIENT, "Patient", BUNDLE, "Bundle", CAPABILITY_STATEMENT, "CapabilityStatement",
            OPERATION_OUTCOME, "OperationOutcome");

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        new java.util.TreeMap<>(RESOURCES).forEach((name, type) -> openAPI.getComponents().addSchema(name, resource(type)));
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            if (path.startsWith("/fhir/")) {
                item.getOperations().values().forEach(FhirOpenApi::document);
            }
        });
    }

    private static Schema resource(String type) {
        return OASFactory.createSchema()
                .addType(Schema.SchemaType.OBJECT)
                .description("A FHIR R4 " + type + " resource in JSON (https://hl7.org/fhir/R4/"
                        + type.toLowerCase(java.util.Locale.ROOT) + ".html)")
                .addProperty("resourceType", OASFactory.createSchema().addType(Schema.SchemaType.STRING)
                        .constValue(type))
                .addRequired("resourceType")
                .additionalPropertiesBoolean(true);
    }

    private static void document(Operation operation) {
        operation.addParameter(OASFactory.createParameter().name("_format").in(Parameter.In.QUERY)
                .description("json, application/json or application/fhir+json; XML is not supported (406)")
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING).maxLength(100)));
        boolean hasPathParams = operation.getParameters().stream().anyMatch(p -> p.getIn() == Parameter.In.PATH);
        outcome(operation, "401", "Missing, invalid or expired bearer token");
        outcome(operation, "403", "The caller's role does not permit this operation");
        if (hasPathParams) {
            outcome(operation, "404", "No such patient, or one outside the caller's care teams");
        }
        outcome(operation, "406", "A format other than FHIR JSON was asked for");
        outcome(operation, "500", "Unexpected server error (no internals are disclosed)");
        operation.getResponses().getAPIResponses().forEach((status, response) -> {
            if (status.startsWith("4") || status.startsWith("5")) {
                outcome(operation, status, response.getDescription());
            }
        });
        if (operation.getSecurity() != null && !operation.getSecurity().isEmpty()) {
            operation.addSecurityRequirement(OASFactory.createSecurityRequirement().addScheme("bearer"));
        }
    }

    private static void outcome(Operation operation, String status, String description) {
        APIResponses responses = operation.getResponses();
        APIResponse response = responses.getAPIResponse(status);
        if (response == null) {
            response = OASFactory.createAPIResponse();
            responses.addAPIResponse(status, response);
        }
        response.description(description).content(OASFactory.createContent().addMediaType(FhirJson.MEDIA_TYPE,
                OASFactory.createMediaType().schema(OASFactory.createSchema().ref(OPERATION_OUTCOME))));
    }
}
