package app.cadence.support;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;

/**
 * Direct SQL against the test database: fixtures the API cannot make yet, and proof that the
 * database itself refuses what it must. By default as the application's own account, so a
 * refusal proves what Cadence (or whoever holds its credentials) cannot do; the owner and an
 * administrator are there for what only they may try.
 */
public final class Sql {

    private Sql() {
    }

    /** A connection with the account the application connects with. */
    public static Connection connect() throws SQLException {
        return TestDatabase.server().connect(TestDatabase.databaseName(), TestDatabase.accounts().application(),
                TestDatabase.accounts().applicationPassword());
    }

    /** A connection as the owner of the schema, the account Flyway migrates with. */
    public static Connection connectAsOwner() throws SQLException {
        return TestDatabase.server().connect(TestDatabase.databaseName(), TestDatabase.accounts().owner(),
                TestDatabase.accounts().ownerPassword());
    }

    /** A connection as the server's administrator, a superuser: what an attacker with that account could do. */
    public static Connection connectAsSuperuser() throws SQLException {
        return TestDatabase.server().admin(TestDatabase.databaseName());
    }

    /** Runs one statement as the application's account; a refusal is a {@link Refused} carrying its message. */
    public static int execute(String sql, Object... parameters) {
        try (Connection connection = connect()) {
            return execute(connection, sql, parameters);
        } catch (SQLException e) {
            throw new Refused(e);
        }
    }

    /** Runs one statement as the owner of the schema. */
    public static int executeAsOwner(String sql, Object... parameters) {
        try (Connection connection = connectAsOwner()) {
            return execute(connection, sql, parameters);
        } catch (SQLException e) {
            throw new Refused(e);
        }
    }

    private static int execute(Connection connection, String sql, Object... parameters) {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new Refused(e);
        }
    }

    /** The number of rows a count query (one row, one column) answers. */
    public static long count(String sql, Object... parameters) {
        try (Connection connection = connect(); PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        } catch (SQLException e) {
            throw new Refused(e);
        }
    }

    /** Sets a client's status directly, for states whose workflow a test does not exercise. */
    public static void clientStatus(String clientId, String status) {
        execute("update client set status = ?, version = version + 1 where id = ?", status, UUID.fromString(clientId));
    }

    /** The database refused a statement. */
    public static final class Refused extends RuntimeException {
        Refused(SQLException cause) {
            super(cause.getMessage(), cause);
        }
    }
}
