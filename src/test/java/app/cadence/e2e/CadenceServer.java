package app.cadence.e2e;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
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
        return start(jar, oidcServerUrl, Map.of(), log);
    }

    /** With more environment, e.g. the issuer the mock OIDC server's tokens name. */
    static CadenceServer start(Path jar, String oidcServerUrl, Map<String, String> moreEnvironment, Path log)
            throws IOException, InterruptedException, SQLException {
        recreateDatabase();
        int port = ServerProcess.freePort();
        ProcessBuilder builder = new ProcessBuilder(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar.toString()));
        Map<String, String> environment = new HashMap<>(Map.of(
                "QUARKUS_PROFILE", "prod",
                "QUARKUS_HTTP_HOST", "127.0.0.1",
                "QUARKUS_HTTP_PORT", String.valueOf(port),
                "QUARKUS_OIDC_AUTH_SERVER_URL", oidcServerUrl,
                "QUARKUS_DATASOURCE_JDBC_URL", TestDatabase.serverUrl() + DATABASE,
                "QUARKUS_DATASOURCE_USERNAME", TestDatabase.username(),
                "QUARKUS_DATASOURCE_PASSWORD", TestDatabase.password()));
        environment.putAll(moreEnvironment);
        ServerProcess process = ServerProcess.start("cadence", builder, environment, log);
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

    /** Ends the application with SIGKILL, mid-request. */
    void kill() throws InterruptedException {
        process.kill();
    }

    /** A connection to the application's database, to see what it committed. */
    static Connection database() throws SQLException {
        return DriverManager.getConnection(TestDatabase.serverUrl() + DATABASE, TestDatabase.username(),
                TestDatabase.password());
    }

    @Override
    public void close() {
        process.close();
    }
}
