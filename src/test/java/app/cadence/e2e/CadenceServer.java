package app.cadence.e2e;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
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
                "QUARKUS_DATASOURCE_JDBC_URL", TestDatabase.server().url() + DATABASE,
                "QUARKUS_DATASOURCE_USERNAME", TestDatabase.accounts().application(),
                "QUARKUS_DATASOURCE_PASSWORD", TestDatabase.accounts().applicationPassword(),
                "QUARKUS_FLYWAY_USERNAME", TestDatabase.accounts().owner(),
                "QUARKUS_FLYWAY_PASSWORD", TestDatabase.accounts().ownerPassword()), log);
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
        TestDatabase.server().prepare(TestDatabase.accounts(), DATABASE, true);
    }

    @Override
    public void close() {
        process.close();
    }
}
