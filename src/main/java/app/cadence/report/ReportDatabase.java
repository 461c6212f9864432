package app.cadence.report;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.agroal.api.AgroalDataSource;
import io.quarkus.agroal.DataSource;

import app.cadence.common.problem.ProblemException;
import app.cadence.common.problem.ProblemType;

/**
 * The read-only database reports read from: the named datasource {@code reports}
 * ({@code quarkus.datasource.reports.*}). It defaults to the primary's URL and account; on
 * Kubernetes it points at the PostgreSQL replicas (the CloudNativePG cluster's {@code -ro} service),
 * so that a year's aggregation does not compete with clinical writes. Its connections are not part
 * of the request's JTA transaction: a report runs in a read-only transaction of its own, which a
 * hot standby accepts and which refuses any write even against the primary.
 */
@ApplicationScoped
public class ReportDatabase {

    /** {@code :name} parameters, but not PostgreSQL's {@code ::type} casts. */
    private static final Pattern PARAMETER = Pattern.compile("(?<!:):([a-zA-Z_][a-zA-Z0-9_]*)");

    private final AgroalDataSource dataSource;
    /**
     * One permit per connection of the pool. Reports beyond them wait this long and are then
     * answered 503 "busy": telling a crowd of report requests from a database outage here keeps
     * the pool's acquisition timeout for outages alone, and the refused requests audited as usual.
     */
    private final Semaphore permits;
    private final Duration wait;

    ReportDatabase(@DataSource("reports") AgroalDataSource dataSource,
            @ConfigProperty(name = "quarkus.datasource.reports.jdbc.max-size") int connections, ReportsConfig config) {
        this.dataSource = dataSource;
        this.permits = new Semaphore(connections, true);
        this.wait = config.busyWait();
    }

    /** One read-only transaction on the reports database; it commits when the work returns. */
    public <T> T read(Function<Reader, T> work) {
        if (!acquire()) {
            throw new ProblemException(ProblemType.UNAVAILABLE, "Every report connection is busy preparing other "
                    + "reports; retry in a few seconds");
        }
        try {
            return readHolding(work);
        } finally {
            permits.release();
        }
    }

    private boolean acquire() {
        try {
            return permits.tryAcquire(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private <T> T readHolding(Function<Reader, T> work) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            connection.setReadOnly(true);
            try {
                T result = work.apply(new Reader(connection));
                connection.commit();
                return result;
            } catch (RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setReadOnly(false);
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            // DatabaseOutage recognises an unreachable database by the SQLException among the causes.
            throw new ReportReadException(e);
        }
    }

    /** Statements inside one report's read-only transaction. */
    public static final class Reader {

        private final Connection connection;

        private Reader(Connection connection) {
            this.connection = connection;
        }

        /** A statement without a result, such as {@code set local work_mem}. */
        public void execute(String sql) {
            try (Statement statement = connection.createStatement()) {
                statement.execute(sql);
            } catch (SQLException e) {
                throw new ReportReadException(e);
            }
        }

        /**
         * Rows of a statement with named {@code :parameters}; a collection is bound as an array, so
         * the statement compares with {@code = any (:name)}.
         */
        public List<Object[]> rows(String sql, Map<String, ?> parameters) {
            List<Object> values = new ArrayList<>();
            Matcher matcher = PARAMETER.matcher(sql);
            StringBuilder positional = new StringBuilder();
            while (matcher.find()) {
                String name = matcher.group(1);
                if (!parameters.containsKey(name)) {
                    throw new IllegalArgumentException("No value for :" + name);
                }
                values.add(parameters.get(name));
                matcher.appendReplacement(positional, "?");
            }
            matcher.appendTail(positional);
            try (PreparedStatement statement = connection.prepareStatement(positional.toString())) {
                for (int i = 0; i < values.size(); i++) {
                    statement.setObject(i + 1, value(values.get(i)));
                }
                List<Object[]> rows = new ArrayList<>();
                try (ResultSet result = statement.executeQuery()) {
                    int columns = result.getMetaData().getColumnCount();
                    while (result.next()) {
                        Object[] row = new Object[columns];
                        for (int c = 0; c < columns; c++) {
                            row[c] = result.getObject(c + 1);
                        }
                        rows.add(row);
                    }
                }
                return rows;
            } catch (SQLException e) {
                throw new ReportReadException(e);
            }
        }

        private Object value(Object value) throws SQLException {
            if (value instanceof Collection<?> collection) {
                boolean uuids = !collection.isEmpty() && collection.iterator().next() instanceof UUID;
                Array array = connection.createArrayOf(uuids ? "uuid" : "text", collection.toArray());
                return array;
            }
            return value;
        }
    }

    /** A failed report read; its cause is the driver's SQLException. */
    public static final class ReportReadException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        ReportReadException(SQLException cause) {
            super("The report could not be read", cause);
        }
    }
}
