package app.cadence.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiConsumer;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;

/**
 * The committed document as validators and client generators read it (swagger-parser, the parser
 * openapi-generator validates with): valid, with names a generated client can use as they are.
 */
class OpenApiValidityTest {

    private static final Path DOCUMENT = Path.of("openapi", "openapi.yaml");
    /** Verbs an operationId starts with, so that generated methods read as what they do. */
    private static final Set<String> VERBS = Set.of("get", "list", "create", "update", "add", "accept", "decline",
            "finalize", "discharge", "end", "sign", "cosign", "write", "search", "read", "verify", "set", "review",
            "mark");

    private static SwaggerParseResult parsed;
    private static OpenAPI document;

    @BeforeAll
    static void parse() {
        parsed = new OpenAPIV3Parser().readLocation(DOCUMENT.toUri().toString(), null, new ParseOptions());
        document = parsed.getOpenAPI();
    }

    @Test
    void shouldBeValidOpenApiWithoutASingleMessage() {
        assertThat(document).as("parsed document").isNotNull();
        assertThat(document.getOpenapi()).startsWith("3.1");
        assertThat(parsed.getMessages()).as("errors and warnings of swagger-parser").isEmpty();
    }

    @Test
    void shouldGiveEveryResponseHeaderASchema() {
        List<String> missing = new ArrayList<>();
        operations((name, operation) -> operation.getResponses().forEach((status, response) -> {
            if (response.getHeaders() != null) {
                response.getHeaders().forEach((header, definition) -> {
                    if (definition.getSchema() == null) {
                        missing.add(name + " " + status + " " + header);
                    }
                });
            }
        }));
        assertThat(missing).as("response headers without a schema").isEmpty();
    }

    @Test
    void shouldUseOperationIdsThatReadAsMethodNames() {
        Set<String> seen = new HashSet<>();
        operations((name, operation) -> {
            String id = operation.getOperationId();
            assertThat(id).as(name).matches("[a-z]+([A-Z][a-z0-9]+)*");
            assertThat(VERBS).as(name + ": " + id + " starts with a verb").anyMatch(verb -> id.matches(verb + "[A-Z].*"));
            assertThat(seen.add(id)).as("operationId " + id + " is unique").isTrue();
        });
    }

    @Test
    void shouldNameEverySchemaARequestOrResponseUses() {
        List<String> anonymous = new ArrayList<>();
        operations((name, operation) -> {
            if (operation.getRequestBody() != null) {
                anonymousIn(name + " request", operation.getRequestBody().getContent(), anonymous);
            }
            operation.getResponses().forEach((status, response) -> anonymousIn(name + " " + status, response.getContent(), anonymous));
        });
        document.getComponents().getSchemas().forEach((schemaName, schema) -> {
            Map<String, Schema<?>> properties = properties(schema);
            if (properties != null) {
                properties.forEach((property, definition) -> {
                    if (isAnonymousObject(definition) || isAnonymousObject(definition.getItems())) {
                        anonymous.add(schemaName + "." + property);
                    }
                });
            }
        });
        assertThat(anonymous).as("inline object and enum schemas, which generators name arbitrarily").isEmpty();
    }

    @Test
    void shouldGiveEveryRequestBodyAnExample() {
        List<String> missing = new ArrayList<>();
        operations((name, operation) -> {
            if (operation.getRequestBody() != null) {
                operation.getRequestBody().getContent().forEach((mediaType, media) -> {
                    if (media.getExample() == null && (media.getExamples() == null || media.getExamples().isEmpty())) {
                        missing.add(name + " " + mediaType);
                    }
                });
            }
        });
        assertThat(missing).as("request bodies without an example").isEmpty();
    }

    @SuppressWarnings({ "unchecked", "rawtypes" })
    private static Map<String, Schema<?>> properties(Schema schema) {
        return (Map) schema.getProperties();
    }

    private static void anonymousIn(String where, Content content, List<String> anonymous) {
        if (content == null) {
            return;
        }
        content.forEach((mediaType, media) -> {
            Schema<?> schema = media.getSchema();
            if (isAnonymousObject(schema) || (schema != null && isAnonymousObject(schema.getItems()))) {
                anonymous.add(where + " " + mediaType);
            }
        });
    }

    private static boolean isAnonymousObject(Schema<?> schema) {
        if (schema != null && schema.getProperties() == null && schema.getAdditionalProperties() != null) {
            // A map (string keys): generators make it a Map of its values, which must be named in turn.
            return schema.getAdditionalProperties() instanceof Schema<?> values && isAnonymousObject(values);
        }
        return schema != null && schema.get$ref() == null
                && (schema.getProperties() != null || schema.getEnum() != null || Objects.equals(schema.getType(), "object")
                        || (schema.getTypes() != null && schema.getTypes().contains("object"))
                        || schema.getAllOf() != null || schema.getOneOf() != null || schema.getAnyOf() != null);
    }

    private static void operations(BiConsumer<String, Operation> check) {
        document.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
            if (path.startsWith("/api/")) {
                check.accept(method + " " + path, operation);
            }
        }));
    }
}
