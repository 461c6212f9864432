package app.cadence.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;

/**
 * Direct SQL against the test database, as an administrator (or a workflow built elsewhere) would:
 * fixtures the API cannot make yet, and proof that the database itself refuses what it must.
 */
public final class Sql {

    private Sql() {
    }

    /** A connection with the account the application uses ({@code QUARKUS_DATASOURCE_*}). */
    public static Connection connect() throws SQLException {
        return DriverManager.getConnection(TestDatabase.jdbcUrl(), TestDatabase.username(), TestDatabase.password());
    }

    /** Runs one statement; a refusal by the database is a {@link Refused} carrying its message. */
    public static int execute(String sql, Object... parameters) {
        try (Connection connection = connect(); PreparedStatement statement = connection.prepareStatement(sql)) {
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
