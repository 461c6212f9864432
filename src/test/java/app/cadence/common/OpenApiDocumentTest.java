package app.cadence.common;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The committed OpenAPI document is what client generators and integrators read, so it must be
 * exactly what the code serves. When this fails, regenerate with {@code ./mvnw package -DskipTests}
 * and commit openapi/.
 */
@QuarkusTest
class OpenApiDocumentTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ObjectMapper YAML = new YAMLMapper();
    private static final String HOW_TO_FIX = "openapi/%s differs from the code; run ./mvnw package -DskipTests and commit openapi/";

    // Compared as documents, not text: the generator does not promise the order of keys in a schema.
    @Test
    void shouldMatchStoredYaml() throws IOException {
        String served = given().accept("application/yaml").get("/q/openapi").then().statusCode(200).extract().asString();
        JsonNode stored = YAML.readTree(Files.readString(Path.of("openapi", "openapi.yaml")));
        assertThat(YAML.readTree(served)).as(HOW_TO_FIX, "openapi.yaml").isEqualTo(stored);
    }

    @Test
    void shouldMatchStoredJson() throws IOException {
        String served = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract().asString();
        JsonNode stored = JSON.readTree(Files.readString(Path.of("openapi", "openapi.json")));
        assertThat(JSON.readTree(served)).as(HOW_TO_FIX, "openapi.json").isEqualTo(stored);
    }

    @Test
    void shouldDocumentEveryOperationCompletely() {
        var document = given().queryParam("format", "json").get("/q/openapi").then().extract().jsonPath();
        java.util.Map<String, java.util.Map<String, java.util.Map<String, Object>>> paths = document.getMap("paths");
        paths.forEach((path, operations) -> {
            if (!path.startsWith("/api/")) {
                return;
            }
            operations.forEach((method, operation) -> {
                String name = method.toUpperCase() + " " + path;
                assertThat(operation).as(name).containsKeys("operationId", "summary", "tags", "responses", "security");
                @SuppressWarnings("unchecked")
                java.util.Map<String, java.util.Map<String, Object>> responses = (java.util.Map<String, java.util.Map<String, Object>>) operation
                        .get("responses");
                assertThat(responses).as(name).containsKeys("401", "403", "500");
                responses.forEach((status, response) -> {
                    if (status.startsWith("4") || status.startsWith("5")) {
                        assertThat(response.toString()).as(name + " " + status).contains("application/problem+json");
                    }
                });
            });
        });
    }

}
