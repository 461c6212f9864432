package app.cadence.e2e;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import app.cadence.support.TestDatabase;

/** The packaged Cadence (target/quarkus-app) in production mode, on a fresh database of its own. */
final class CadenceServer implements AutoCloseable {

    /** Named after the test database, so that two checkouts testing on one server never share it. */
    static final String DATABASE = TestDatabase.databaseName() + "_e2e";

    final String url;
    final Duration startup;
    private final ServerProcess process;

    private CadenceServer(String url, Duration startup, ServerProcess process) {
        this.url = url;
        this.startup = startup;
        this.process = process;
    }

    static CadenceServer start(Path jar, String oidcServerUrl, Path log) throws IOException, InterruptedException, SQLException {
        recreateDatabase();
        int port = ServerProcess.freePort();
        ProcessBuilder builder = new ProcessBuilder(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar.toString()));
        ServerProcess process = ServerProcess.start("cadence", builder, Map.of(
                "QUARKUS_PROFILE", "prod",
                "QUARKUS_HTTP_HOST", "127.0.0.1",
                "QUARKUS_HTTP_PORT", String.valueOf(port),
                "QUARKUS_OIDC_AUTH_SERVER_URL", oidcServerUrl,
                // Swagger UI's page may call the identity provider (its Content-Security-Policy).
                "CADENCE_HTTP_IDENTITY_PROVIDER_ORIGIN", URI.create(oidcServerUrl).resolve("/").toString().replaceAll("/$", ""),
                "QUARKUS_DATASOURCE_JDBC_URL", TestDatabase.serverUrl() + DATABASE,
                "QUARKUS_DATASOURCE_USERNAME", TestDatabase.username(),
                "QUARKUS_DATASOURCE_PASSWORD", TestDatabase.password()), log);
        String url = "http://127.0.0.1:" + port;
        try {
            Duration startup = process.awaitReady(url + "/q/health/ready", Duration.ofMinutes(2));
            return new CadenceServer(url, startup, process);
        } catch (RuntimeException | InterruptedException e) {
            process.close();
            throw e;
        }
    }

    /** A new, empty database each run: production mode migrates but never cleans. */
    private static void recreateDatabase() throws SQLException {
        try (Connection maintenance = DriverManager.getConnection(TestDatabase.serverUrl() + "postgres",
                TestDatabase.username(), TestDatabase.password()); Statement sql = maintenance.createStatement()) {
            sql.execute("drop database if exists " + DATABASE + " with (force)");
            sql.execute("create database " + DATABASE);
        }
    }

    @Override
    public void close() {
        process.close();
    }
}
