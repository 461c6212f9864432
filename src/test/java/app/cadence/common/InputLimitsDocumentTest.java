package app.cadence.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Issue 10: every string and array a request may carry has a documented maximum. Read from the
 * stored OpenAPI document (which OpenApiDocumentTest holds equal to what the code serves): every
 * request body schema reachable from an operation, and every parameter. A string is bounded by
 * maxLength, or by being a code (enum), a UUID, a date or a date-time.
 */
class InputLimitsDocumentTest {

    private static final Set<String> BOUNDED_FORMATS = Set.of("uuid", "date", "date-time");

    @Test
    void shouldStateAMaximumForEveryStringAndArrayARequestCarries() throws IOException {
        JsonNode document = new ObjectMapper().readTree(Files.readString(Path.of("openapi", "openapi.json")));
        JsonNode schemas = document.path("components").path("schemas");
        List<String> unbounded = new ArrayList<>();
        Deque<String> toVisit = new ArrayDeque<>();
        int checked = 0;
        for (var path : document.path("paths").properties()) {
            for (var operation : path.getValue().properties()) {
                String where = operation.getKey().toUpperCase() + " " + path.getKey();
                for (JsonNode parameter : operation.getValue().path("parameters")) {
                    checked++;
                    check(where + " parameter " + parameter.path("name").asText(), parameter.path("schema"), schemas,
                            unbounded, toVisit);
                }
                for (JsonNode media : operation.getValue().path("requestBody").path("content")) {
                    checked++;
                    check(where + " body", media.path("schema"), schemas, unbounded, toVisit);
                }
            }
        }
        Set<String> visited = new HashSet<>();
        while (!toVisit.isEmpty()) {
            String name = toVisit.pop();
            if (visited.add(name)) {
                checked++;
                check("schema " + name, schemas.path(name), schemas, unbounded, toVisit);
            }
        }
        assertThat(checked).isGreaterThan(50);
        assertThat(unbounded).as("strings and arrays of requests without a documented maximum").isEmpty();
    }

    private static void check(String where, JsonNode schema, JsonNode schemas, List<String> unbounded, Deque<String> toVisit) {
        if (schema.has("$ref")) {
            toVisit.push(schema.path("$ref").asText().replace("#/components/schemas/", ""));
            return;
        }
        for (String combinator : List.of("allOf", "anyOf", "oneOf")) {
            for (JsonNode part : schema.path(combinator)) {
                check(where, part, schemas, unbounded, toVisit);
            }
        }
        String type = schema.path("type").asText("");
        if (type.equals("string") && !schema.has("maxLength") && !schema.has("enum")
                && !BOUNDED_FORMATS.contains(schema.path("format").asText(""))) {
            unbounded.add(where);
        }
        if (type.equals("array")) {
            if (!schema.has("maxItems")) {
                unbounded.add(where);
            }
            check(where + "[]", schema.path("items"), schemas, unbounded, toVisit);
        }
        schema.path("properties").properties().forEach(property ->
                check(where + "." + property.getKey(), property.getValue(), schemas, unbounded, toVisit));
    }
}
