package app.cadence.common.problem;

import java.util.logging.Filter;
import java.util.logging.LogRecord;

import org.jboss.logmanager.ExtLogRecord;

import app.cadence.common.persistence.DatabaseOutage;
import io.quarkus.logging.LoggingFilter;

/**
 * While the database is out of reach, the transaction manager and the pool log each failed commit
 * or rollback with the driver's stack trace. The event is worth a line, the trace is noise: such a
 * record keeps its message and gets the exception types and SQL states instead of the trace. Records
 * about anything else pass untouched, so real errors keep their traces.
 */
@LoggingFilter(name = "database-outage")
public final class OutageLogFilter implements Filter {

    @Override
    public boolean isLoggable(LogRecord record) {
        Throwable thrown = record.getThrown();
        if (thrown != null && DatabaseOutage.isCause(thrown) && record instanceof ExtLogRecord ext) {
            ext.setMessage(ext.getFormattedMessage() + " (database unavailable: " + SafeThrowables.summary(thrown) + ")",
                    ExtLogRecord.FormatStyle.NO_FORMAT);
            ext.setParameters(null);
            ext.setThrown(null);
        }
        return true;
    }
}
