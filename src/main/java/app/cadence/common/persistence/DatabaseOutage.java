package app.cadence.common.persistence;

import java.sql.SQLException;
import java.util.Locale;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.hibernate.exception.JDBCConnectionException;

import io.agroal.api.AgroalDataSource;

/**
 * Failures that mean the database could not be reached — down, restarting, refusing connections,
 * a connection cut — or that no pooled connection came free in time. A request that fails so is
 * worth retrying: its transaction rolled back, or (when the cut came during the commit) committed
 * together with its audit event, and an {@code Idempotency-Key} makes the retry safe either way.
 */
@ApplicationScoped
public class DatabaseOutage {

    /** Connection exceptions (class 08) and a server that is shutting down, crashed or starting up. */
    private static final Set<String> SERVER_GONE = Set.of("57P01", "57P02", "57P03");
    private static final String TOO_MANY_CONNECTIONS = "53300";

    private final AgroalDataSource dataSource;

    DatabaseOutage(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Whether the failure, or any of its causes, is the database being out of reach. */
    public static boolean isCause(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof JDBCConnectionException || connectionLost(cause)) {
                return true;
            }
            if (cause instanceof SQLException sql
                    && (TOO_MANY_CONNECTIONS.equals(sql.getSQLState()) || acquisitionTimeout(sql))) {
                return true;
            }
        }
        return false;
    }

    /**
     * After one connection was cut, the pooled others almost certainly were too. Closing them all
     * (those in use when they come back) lets the first requests after the database returns use new
     * connections instead of each failing once on a dead one.
     */
    public void noticed(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (connectionLost(cause)) {
                dataSource.flush(AgroalDataSource.FlushMode.GRACEFUL);
                return;
            }
        }
    }

    private static boolean connectionLost(Throwable cause) {
        if (!(cause instanceof SQLException sql) || sql.getSQLState() == null) {
            return false;
        }
        return sql.getSQLState().startsWith("08") || SERVER_GONE.contains(sql.getSQLState());
    }

    /** Agroal's timeout carries no SQL state, only its message. */
    private static boolean acquisitionTimeout(SQLException sql) {
        return sql.getSQLState() == null && sql.getMessage() != null
                && sql.getMessage().toLowerCase(Locale.ROOT).contains("acquisition timeout");
    }
}
