package app.cadence.fuzz;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import app.cadence.support.Sql;

/**
 * A summary of everything stored except the audit trail (events and seals): per table its row count and, where rows
 * carry an optimistic-lock version, the sum of versions. Any insert, delete or update of a versioned
 * record changes it, so a refused request that left the summary as it was stored nothing.
 */
final class StateFingerprint implements AutoCloseable {

    /** The audit trail and its seals: reads add events, and verifying the trail seals them first. */
    private static final List<String> UNWATCHED = List.of("audit_event", "audit_seal", "flyway_schema_history");

    private final Connection connection;
    private final String query;

    StateFingerprint() throws SQLException {
        connection = Sql.connect();
        List<String> parts = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet tables = statement.executeQuery("""
                select t.table_name, exists (select 1 from information_schema.columns c
                                             where c.table_schema = t.table_schema and c.table_name = t.table_name
                                               and c.column_name = 'version')
                from information_schema.tables t
                where t.table_schema = current_schema() and t.table_type = 'BASE TABLE'
                order by t.table_name""")) {
            while (tables.next()) {
                String table = tables.getString(1);
                if (!UNWATCHED.contains(table)) {
                    parts.add("'" + table + "=' || (select count(*) || '/' || "
                            + (tables.getBoolean(2) ? "coalesce(sum(version), 0)" : "0") + " from " + table + ")");
                }
            }
        }
        query = "select " + String.join(" || ' ' || ", parts);
    }

    String read() throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery(query)) {
            row.next();
            return row.getString(1);
        }
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
