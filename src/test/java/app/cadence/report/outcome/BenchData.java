package app.cadence.report.outcome;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;

import app.cadence.support.Sql;

/**
 * A program year seeded by SQL with bench/reports-seed.sql, the script bench/reports.sh runs at a
 * million sessions. Its psql variables are replaced here by the same values.
 */
final class BenchData {

    static final String YEAR = "2025";

    final String facility;
    final int clients;
    final int sessions;
    final long seedMillis;

    private BenchData(String facility, int clients, int sessions, long seedMillis) {
        this.facility = facility;
        this.clients = clients;
        this.sessions = sessions;
        this.seedMillis = seedMillis;
    }

    /**
     * The data a previous run seeded and left (bench/reports.sh with REUSE=1 keeps the database), or
     * null when there is none.
     */
    static BenchData existing() {
        try (Connection connection = Sql.connect(); Statement statement = connection.createStatement();
                var rows = statement.executeQuery("""
                        select c.facility, count(distinct c.id), count(s.id) from client c join session s on s.client_id = c.id
                        where c.facility like 'Bench Facility %' group by c.facility limit 1""")) {
            return rows.next() ? new BenchData(rows.getString(1), rows.getInt(2), rows.getInt(3), 0) : null;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    BenchData(int clients, int sessions) {
        this.facility = "Bench Facility " + UUID.randomUUID();
        this.clients = clients;
        this.sessions = sessions;
        String script;
        try {
            script = Files.readString(Path.of("bench/reports-seed.sql"));
        } catch (IOException e) {
            throw new IllegalStateException("bench/reports-seed.sql is read from the project directory", e);
        }
        Map<String, String> variables = Map.of(":'facility'", quote(facility), ":'run'", quote(UUID.randomUUID().toString()),
                ":'year'", quote(YEAR), ":clients", Integer.toString(clients), ":sessions", Integer.toString(sessions));
        for (Map.Entry<String, String> variable : variables.entrySet()) {
            script = script.replace(variable.getKey(), variable.getValue());
        }
        long start = System.nanoTime();
        // As the schema's owner: the script ends with ANALYZE, which only the owner may run, and the
        // plans the cost test inspects depend on those statistics.
        try (Connection connection = Sql.connectAsOwner(); Statement statement = connection.createStatement()) {
            for (String sql : script.split(";\\s*\\n")) {
                if (!sql.lines().allMatch(line -> line.isBlank() || line.strip().startsWith("--"))) {
                    statement.execute(sql);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Seeding the bench data failed", e);
        }
        seedMillis = (System.nanoTime() - start) / 1_000_000;
    }

    private static String quote(String value) {
        return "'" + value.replace("'", "''") + "'";
    }
}
