package app.cadence.common.openapi;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.smallrye.openapi.OpenApiFilter;

/**
 * Gives every operation a complete, realistic request example, which is what Swagger UI's
 * "Try it out" sends and what generated-client users copy: the body of each operation from
 * {@code openapi-examples/requests/<operationId>.json}, and one fictional id per path parameter
 * name from {@code openapi-examples/parameters.json}, so that a body naming a goal or an
 * assessment uses the same ids as the paths. Without them Swagger UI assembles a body from the
 * property examples, which sends mutually exclusive fields together and is refused.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class RequestExamples implements OASFilter {

    private static final String FOLDER = "openapi-examples/";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, Object> parameterExamples = read(FOLDER + "parameters.json");

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            if (path.startsWith("/api/")) {
                item.getOperations().values().forEach(this::exemplify);
            }
        });
    }

    private void exemplify(Operation operation) {
        if (operation.getParameters() != null) {
            operation.getParameters().stream()
                    .filter(p -> p.getIn() == Parameter.In.PATH && p.getExample() == null)
                    .forEach(p -> p.setExample(parameterExamples.get(p.getName())));
        }
        if (operation.getRequestBody() == null || operation.getRequestBody().getContent() == null) {
            return;
        }
        Object body = read(FOLDER + "requests/" + operation.getOperationId() + ".json");
        if (body != null) {
            operation.getRequestBody().getContent().getMediaTypes().values().forEach(media -> media.setExample(body));
        }
    }

    private static Map<String, Object> read(String resource) {
        try (InputStream in = RequestExamples.class.getClassLoader().getResourceAsStream(resource)) {
            return in == null ? null : JSON.readValue(in, new TypeReference<Map<String, Object>>() {
            });
        } catch (IOException e) {
            throw new UncheckedIOException("Unreadable OpenAPI example " + resource, e);
        }
    }
}
