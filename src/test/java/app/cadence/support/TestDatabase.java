package app.cadence.support;

import java.sql.SQLException;
import java.util.Map;
import java.util.Objects;

import app.cadence.common.persistence.DatabaseAccounts;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Gives the test run a PostgreSQL database of its own on the server that
 * {@code QUARKUS_DATASOURCE_JDBC_URL} (default: localhost) points at, with Cadence's two accounts as
 * in production: Flyway migrates as the owner, the application connects as a role that owns
 * nothing. An administrator ({@code CADENCE_TEST_ADMIN_USERNAME}, default {@code postgres}) creates
 * them when missing. Roles are cluster-wide, so they are named after the test database: parallel
 * checkouts testing on one server never share a database or an account. Flyway cleans and migrates
 * the database at start, so a run never depends on what an earlier one left; dev data is never touched.
 */
public class TestDatabase implements QuarkusTestResourceLifecycleManager {

    static final String DEFAULT_URL = "jdbc:postgresql://localhost:5432/cadence";

    public static String databaseName() {
        return Objects.requireNonNullElse(System.getenv("CADENCE_TEST_DATABASE"), "cadence_test");
    }

    /** The shared server, administered by the configured administrator. */
    public static DatabaseServer server() {
        String url = Objects.requireNonNullElse(System.getenv("QUARKUS_DATASOURCE_JDBC_URL"), DEFAULT_URL);
        int slash = url.indexOf('/', "jdbc:postgresql://".length());
        return new DatabaseServer(slash < 0 ? url + "/" : url.substring(0, slash + 1),
                Objects.requireNonNullElse(System.getenv("CADENCE_TEST_ADMIN_USERNAME"), "postgres"),
                Objects.requireNonNullElse(System.getenv("CADENCE_TEST_ADMIN_PASSWORD"), ""));
    }

    /** The owner and application accounts of this test database (and of the databases named after it). */
    public static DatabaseAccounts accounts() {
        String base = databaseName();
        return new DatabaseAccounts(base + "_owner", base + "-owner-secret", base + "_app", base + "-app-secret");
    }

    public static String jdbcUrl() {
        return server().url() + databaseName();
    }

    /** Configuration of a Cadence that migrates and connects like production, on the given database. */
    public static Map<String, String> datasourceConfig(String jdbcUrl, DatabaseAccounts accounts) {
        return Map.of(
                "quarkus.datasource.jdbc.url", jdbcUrl,
                "quarkus.datasource.username", accounts.application(),
                "quarkus.datasource.password", accounts.applicationPassword(),
                "quarkus.flyway.username", accounts.owner(),
                "quarkus.flyway.password", accounts.ownerPassword());
    }

    @Override
    public Map<String, String> start() {
        try {
            server().prepare(accounts(), databaseName(), false);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL must be reachable at " + server().url() + " by an administrator "
                    + "that may create roles and databases (set QUARKUS_DATASOURCE_JDBC_URL, CADENCE_TEST_ADMIN_USERNAME "
                    + "and CADENCE_TEST_ADMIN_PASSWORD)", e);
        }
        return datasourceConfig(jdbcUrl(), accounts());
    }

    @Override
    public void stop() {
        // The database is kept: the next run cleans it at start, and keeping it helps debug a failure.
    }
}
