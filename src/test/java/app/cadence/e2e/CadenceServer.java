package app.cadence.e2e;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import app.cadence.common.persistence.DatabaseAccounts;
import app.cadence.support.DatabaseServer;
import app.cadence.support.TestDatabase;

/** The packaged Cadence (target/quarkus-app) in production mode, with its two database accounts. */
final class CadenceServer implements AutoCloseable {

    /** Named after the test database, so that two checkouts testing on one server never share it. */
    static final String DATABASE = TestDatabase.databaseName() + "_e2e";

    final String url;
    final int port;
    final Duration startup;
    final Path log;
    private final ServerProcess process;

    private CadenceServer(int port, Duration startup, Path log, ServerProcess process) {
        this.url = "http://127.0.0.1:" + port;
        this.port = port;
        this.startup = startup;
        this.log = log;
        this.process = process;
    }

    /** On a fresh database of its own on the shared server: production mode migrates but never cleans. */
    static CadenceServer start(Path jar, String oidcServerUrl, Path log) throws IOException, InterruptedException, SQLException {
        TestDatabase.server().prepare(TestDatabase.accounts(), DATABASE, true);
        Map<String, String> env = new HashMap<>(database(TestDatabase.server(), DATABASE, TestDatabase.accounts()));
        env.put("QUARKUS_OIDC_AUTH_SERVER_URL", oidcServerUrl);
        // Swagger UI's page may call the identity provider (its Content-Security-Policy).
        env.put("CADENCE_HTTP_IDENTITY_PROVIDER_ORIGIN", URI.create(oidcServerUrl).resolve("/").toString().replaceAll("/$", ""));
        return start(jar, env, log);
    }

    /** The jar with the given environment on top of production mode on a free loopback port. */
    static CadenceServer start(Path jar, Map<String, String> env, Path log) throws IOException, InterruptedException {
        return start(jar, List.of(), env, log);
    }

    /** The same with JVM options (heap, code cache), as the image runs it. */
    static CadenceServer start(Path jar, List<String> jvmOptions, Map<String, String> env, Path log)
            throws IOException, InterruptedException {
        int port = ServerProcess.freePort();
        List<String> command = new java.util.ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", jar.toString()));
        ProcessBuilder builder = new ProcessBuilder(command);
        Map<String, String> all = new HashMap<>(env);
        all.put("QUARKUS_PROFILE", "prod");
        all.put("QUARKUS_HTTP_HOST", "127.0.0.1");
        all.put("QUARKUS_HTTP_PORT", String.valueOf(port));
        ServerProcess process = ServerProcess.start("cadence", builder, all, log);
        try {
            Duration startup = process.awaitReady("http://127.0.0.1:" + port + "/q/health/ready", Duration.ofMinutes(5));
            addFixtureFacility(env);
            return new CadenceServer(port, startup, log, process);
        } catch (RuntimeException | InterruptedException e) {
            process.close();
            throw e;
        }
    }

    /**
     * The one facility the shared fixtures name (support/Clients), added once the application has
     * migrated its database, as a program lead would: one facility keeps it a single-facility
     * deployment, where callers need no facility claim. The @QuarkusTests get it from db/test.
     */
    private static void addFixtureFacility(Map<String, String> env) {
        String url = env.get("QUARKUS_DATASOURCE_JDBC_URL");
        if (url == null) {
            return;
        }
        try (Connection connection = DriverManager.getConnection(url, env.get("QUARKUS_FLYWAY_USERNAME"),
                env.get("QUARKUS_FLYWAY_PASSWORD"));
                Statement statement = connection.createStatement()) {
            statement.execute("""
                    insert into facility (code, name, time_zone)
                    values ('Riverside Children''s Hospital', 'Riverside Children''s Hospital', 'America/New_York')
                    on conflict (code) do nothing""");
        } catch (SQLException e) {
            throw new IllegalStateException("could not add the fixture facility", e);
        }
    }

    /** Connects as the application's account and migrates as the owner, as in production. */
    static Map<String, String> database(DatabaseServer server, String database, DatabaseAccounts accounts) {
        return Map.of(
                "QUARKUS_DATASOURCE_JDBC_URL", server.url() + database,
                "QUARKUS_DATASOURCE_USERNAME", accounts.application(),
                "QUARKUS_DATASOURCE_PASSWORD", accounts.applicationPassword(),
                "QUARKUS_FLYWAY_USERNAME", accounts.owner(),
                "QUARKUS_FLYWAY_PASSWORD", accounts.ownerPassword());
    }

    /** SIGTERM: the application shuts down gracefully. */
    void terminate() {
        process.terminate();
    }

    java.util.OptionalInt awaitExit(Duration timeout) throws InterruptedException {
        return process.awaitExit(timeout);
    }

    long pid() {
        return process.pid();
    }

    /** Ends the application with SIGKILL, mid-request. */
    void kill() throws InterruptedException {
        process.kill();
    }

    @Override
    public void close() {
        process.close();
    }
}
