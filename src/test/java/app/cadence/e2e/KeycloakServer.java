package app.cadence.e2e;

import static io.restassured.RestAssured.given;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.restassured.http.ContentType;

/**
 * The real Keycloak distribution (unpacked by Maven from Maven Central) in dev mode on a free
 * loopback port, with the realm file that docker/compose.yml imports too.
 */
final class KeycloakServer implements AutoCloseable {

    static final String ADMIN = "admin";
    static final String ADMIN_PASSWORD = "e2e-admin-" + System.nanoTime();

    final String url;
    final Duration startup;
    private final ServerProcess process;

    private KeycloakServer(String url, Duration startup, ServerProcess process) {
        this.url = url;
        this.startup = startup;
        this.process = process;
    }

    static KeycloakServer start(Path home, Path realmFile, Path log) throws IOException, InterruptedException {
        Path imports = Files.createDirectories(home.resolve("data/import"));
        Files.copy(realmFile, imports.resolve("cadence-realm.json"), StandardCopyOption.REPLACE_EXISTING);
        Files.deleteIfExists(home.resolve("data/h2/keycloakdb.mv.db"));
        int port = ServerProcess.freePort();
        ProcessBuilder builder = new ProcessBuilder(List.of(home.resolve("bin/kc.sh").toString(), "start-dev",
                "--http-host=127.0.0.1", "--http-port=" + port, "--http-management-port=" + ServerProcess.freePort(),
                "--import-realm"));
        ServerProcess process = ServerProcess.start("keycloak", builder, Map.of(
                "JAVA_HOME", System.getProperty("java.home"),
                "KC_BOOTSTRAP_ADMIN_USERNAME", ADMIN,
                "KC_BOOTSTRAP_ADMIN_PASSWORD", ADMIN_PASSWORD), log);
        String url = "http://127.0.0.1:" + port;
        try {
            // Generous: on a loaded 2-core machine the first start with the realm import took over 5 minutes.
            Duration startup = process.awaitReady(url + "/realms/cadence/.well-known/openid-configuration",
                    Duration.ofMinutes(10));
            return new KeycloakServer(url, startup, process);
        } catch (RuntimeException | InterruptedException e) {
            process.close();
            throw e;
        }
    }

    String realmUrl() {
        return url + "/realms/cadence";
    }

    /** A user's access token by the direct-access grant of the cadence-api client. */
    String passwordToken(String username) {
        return token(Map.of("grant_type", "password", "username", username, "password", "demo",
                "client_id", "cadence-api", "client_secret", "cadence-api-demo-secret"));
    }

    /** The hospital-integration service account's token by client credentials. */
    String serviceAccountToken() {
        return token(Map.of("grant_type", "client_credentials", "client_id", "hospital-integration",
                "client_secret", "hospital-integration-demo-secret"));
    }

    private String token(Map<String, String> form) {
        return given().contentType(ContentType.URLENC).formParams(form)
                .post(realmUrl() + "/protocol/openid-connect/token")
                .then().statusCode(200).extract().path("access_token");
    }

    /** Shortens the access-token lifespan of the cadence-api client, through the admin API. */
    void setCadenceApiTokenLifespan(int seconds) {
        updateClient("cadence-api", Map.of("attributes", Map.of("access.token.lifespan", String.valueOf(seconds))));
    }

    /** Lets Swagger UI served at {@code origin} sign in with the cadence-swagger client (its redirect URI and CORS origin). */
    void allowSwaggerUiAt(String origin) {
        updateClient("cadence-swagger", Map.of("redirectUris", List.of(origin + "/q/swagger-ui/oauth2-redirect.html"),
                "webOrigins", List.of(origin)));
    }

    private void updateClient(String clientId, Map<String, Object> changes) {
        String admin = given().contentType(ContentType.URLENC)
                .formParams(Map.of("grant_type", "password", "client_id", "admin-cli", "username", ADMIN,
                        "password", ADMIN_PASSWORD))
                .post(url + "/realms/master/protocol/openid-connect/token")
                .then().statusCode(200).extract().path("access_token");
        String id = given().auth().oauth2(admin).queryParam("clientId", clientId)
                .get(url + "/admin/realms/cadence/clients").then().statusCode(200).extract().path("[0].id");
        Map<String, Object> representation = new HashMap<>(changes);
        representation.put("clientId", clientId);
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(representation)
                .put(url + "/admin/realms/cadence/clients/" + id).then().statusCode(204);
    }

    @Override
    public void close() {
        process.close();
    }
}
