package app.cadence.common.openapi;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

import io.quarkus.smallrye.openapi.OpenApiFilter;

/**
 * Keeps the document what validators and client generators read without complaint: every response
 * header has a schema (a header without one is invalid OpenAPI), a reference carries no {@code type}
 * of its own beside it (generators drop it with a warning, and {@code type: string} next to a
 * reference to an object misleads readers), and path parameters come in the order of the path.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class PortableDocument implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() != null && openAPI.getComponents().getSchemas() != null) {
            openAPI.getComponents().getSchemas().values().forEach(PortableDocument::dropTypesBesideReferences);
        }
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> item.getOperations().values().forEach(operation -> {
            pathParametersInPathOrder(path, operation);
            schemasOf(operation, PortableDocument::dropTypesBesideReferences);
            if (operation.getResponses() != null && operation.getResponses().getAPIResponses() != null) {
                operation.getResponses().getAPIResponses().values().stream()
                        .map(response -> response.getHeaders())
                        .filter(Objects::nonNull)
                        .forEach(headers -> headers.forEach(PortableDocument::giveSchema));
            }
        }));
    }

    /** Generated methods take path parameters in this order: the path's, not the alphabet's. */
    private static void pathParametersInPathOrder(String path, Operation operation) {
        if (operation.getParameters() != null) {
            List<Parameter> ordered = new ArrayList<>(operation.getParameters());
            ordered.sort(Comparator.comparingInt(p -> p.getIn() == Parameter.In.PATH
                    ? path.indexOf("{" + p.getName() + "}") : Integer.MAX_VALUE));
            operation.setParameters(ordered);
        }
    }

    private static void giveSchema(String name, Header header) {
        if (header.getSchema() == null && header.getRef() == null) {
            Schema schema = OASFactory.createSchema().addType(Schema.SchemaType.STRING);
            header.setSchema("Location".equalsIgnoreCase(name) ? schema.format("uri-reference") : schema);
        }
    }

    private static void schemasOf(Operation operation, Consumer<Schema> action) {
        if (operation.getParameters() != null) {
            operation.getParameters().stream().map(p -> p.getSchema()).filter(Objects::nonNull).forEach(action);
        }
        if (operation.getRequestBody() != null) {
            contentSchemas(operation.getRequestBody().getContent(), action);
        }
        if (operation.getResponses() != null && operation.getResponses().getAPIResponses() != null) {
            operation.getResponses().getAPIResponses().values().forEach(r -> contentSchemas(r.getContent(), action));
        }
    }

    private static void contentSchemas(Content content, Consumer<Schema> action) {
        if (content != null && content.getMediaTypes() != null) {
            content.getMediaTypes().values().stream().map(m -> m.getSchema()).filter(Objects::nonNull).forEach(action);
        }
    }

    private static void dropTypesBesideReferences(Schema schema) {
        if (schema.getRef() != null && schema.getType() != null) {
            schema.setType(null);
        }
        List<Schema> nested = new ArrayList<>();
        Map<String, Schema> properties = schema.getProperties();
        if (properties != null) {
            nested.addAll(properties.values());
        }
        if (schema.getItems() != null) {
            nested.add(schema.getItems());
        }
        if (schema.getAdditionalPropertiesSchema() != null) {
            nested.add(schema.getAdditionalPropertiesSchema());
        }
        Stream.of(schema.getAllOf(), schema.getAnyOf(), schema.getOneOf()).filter(Objects::nonNull).forEach(nested::addAll);
        nested.forEach(PortableDocument::dropTypesBesideReferences);
    }
}
