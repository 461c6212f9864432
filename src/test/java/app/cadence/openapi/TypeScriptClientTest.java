package app.cadence.openapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import app.cadence.support.Api;
import app.cadence.support.Clients;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * Runs src/test/typescript/care-cycle.ts — written against the typescript-fetch client generated from
 * the committed document, and compiled by tsc in the build — with node against the running
 * application and real signed tokens, then checks through the API that its steps took effect.
 */
@QuarkusTest
class TypeScriptClientTest {

    private static final Path SCRIPT = Path.of("target", "typescript", "src", "test", "typescript", "care-cycle.js");

    @TestHTTPResource("/")
    URI root;

    @Test
    void shouldReferAcceptAndReadAClientThroughTheTypeScriptClient() throws IOException, InterruptedException {
        assertThat(SCRIPT).as("compiled by tsc in the build (exec-maven-plugin, execution tsc)").exists();
        Api ccls = Api.newChildLifeSpecialist();
        Api therapist = Api.newTherapist();
        String mrn = Clients.newMrn();
        Path output = Files.createTempFile("care-cycle", ".out");

        ProcessBuilder node = new ProcessBuilder(List.of("node", SCRIPT.toString()))
                .redirectErrorStream(true).redirectOutput(output.toFile());
        node.environment().put("CADENCE_URL", root.toString().replaceAll("/$", ""));
        node.environment().put("CCLS_TOKEN", ccls.token());
        node.environment().put("THERAPIST_TOKEN", therapist.token());
        node.environment().put("MRN", mrn);
        Process process = node.start();
        assertThat(process.waitFor(2, TimeUnit.MINUTES)).as("node finished").isTrue();
        String printed = Files.readString(output, StandardCharsets.UTF_8).strip();
        assertThat(process.exitValue()).as("node's exit code; it printed: %s", printed).isZero();

        JsonPath result = new JsonPath(printed.lines().reduce((first, last) -> last).orElseThrow());
        String clientId = result.getString("clientId");
        assertThat(UUID.fromString(clientId)).isNotNull();
        Api.newSupervisor().request().get("/api/v1/referrals/" + result.getString("referralId")).then().statusCode(200)
                .body("status", equalTo("accepted"), "clientId", equalTo(clientId), "priority", equalTo("routine"));
        Api.newSupervisor().request().queryParam("identifier", Clients.MRN_SYSTEM + "|" + mrn).get("/api/v1/clients")
                .then().statusCode(200).body("items[0].id", equalTo(clientId), "items[0].status", equalTo("active"),
                        "items[0].givenName", equalTo("Ines"));
    }
}
