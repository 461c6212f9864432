package app.cadence.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Objects;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Gives the test run a PostgreSQL database of its own, created when missing, on the server that
 * {@code QUARKUS_DATASOURCE_JDBC_URL} (default: localhost) points at; dev data is never touched.
 * Flyway cleans and migrates it at start, so a run never depends on what an earlier one left.
 */
public class TestDatabase implements QuarkusTestResourceLifecycleManager {

    static final String DEFAULT_URL = "jdbc:postgresql://localhost:5432/cadence";

    public static String databaseName() {
        return Objects.requireNonNullElse(System.getenv("CADENCE_TEST_DATABASE"), "cadence_test");
    }

    public static String serverUrl() {
        String url = Objects.requireNonNullElse(System.getenv("QUARKUS_DATASOURCE_JDBC_URL"), DEFAULT_URL);
        int slash = url.indexOf('/', "jdbc:postgresql://".length());
        return slash < 0 ? url + "/" : url.substring(0, slash + 1);
    }

    public static String username() {
        return Objects.requireNonNullElse(System.getenv("QUARKUS_DATASOURCE_USERNAME"), "postgres");
    }

    public static String password() {
        return Objects.requireNonNullElse(System.getenv("QUARKUS_DATASOURCE_PASSWORD"), "");
    }

    public static String jdbcUrl() {
        return serverUrl() + databaseName();
    }

    @Override
    public Map<String, String> start() {
        try (Connection maintenance = DriverManager.getConnection(serverUrl() + "postgres", username(), password())) {
            if (!exists(maintenance)) {
                try (Statement create = maintenance.createStatement()) {
                    create.execute("create database \"" + databaseName() + "\"");
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL must be reachable at " + serverUrl()
                    + " (set QUARKUS_DATASOURCE_JDBC_URL / _USERNAME / _PASSWORD)", e);
        }
        return Map.of(
                "quarkus.datasource.jdbc.url", jdbcUrl(),
                "quarkus.datasource.username", username(),
                "quarkus.datasource.password", password());
    }

    private static boolean exists(Connection maintenance) throws SQLException {
        try (PreparedStatement query = maintenance.prepareStatement("select 1 from pg_database where datname = ?")) {
            query.setString(1, databaseName());
            try (ResultSet rows = query.executeQuery()) {
                return rows.next();
            }
        }
    }

    @Override
    public void stop() {
        // The database is kept: the next run cleans it at start, and keeping it helps debug a failure.
    }
}
