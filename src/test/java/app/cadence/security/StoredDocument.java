package app.cadence.security;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The operations of the committed OpenAPI document, by operationId. OpenApiDocumentTest holds the
 * document equal to what the code serves, so this is every operation the API has.
 */
final class StoredDocument {

    private static final Path DOCUMENT = Path.of("openapi", "openapi.json");
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");

    /** An operation as documented: its HTTP method and path template. */
    record Operation(String method, String template) {
    }

    private StoredDocument() {
    }

    static Map<String, Operation> operations() throws IOException {
        JsonNode paths = new ObjectMapper().readTree(Files.readString(DOCUMENT)).path("paths");
        Map<String, Operation> operations = new TreeMap<>();
        paths.properties().forEach(path -> path.getValue().properties().forEach(method -> {
            if (METHODS.contains(method.getKey())) {
                String operationId = method.getValue().path("operationId").asText(method.getKey().toUpperCase() + " " + path.getKey());
                operations.put(operationId, new Operation(method.getKey().toUpperCase(), path.getKey()));
            }
        }));
        return operations;
    }
}
