package app.cadence.common.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.util.logging.Level;

import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.api.Test;

import app.cadence.common.persistence.DatabaseOutage;

/** Which failures count as the database being out of reach, and what the log keeps of them. */
class OutageLogFilterTest {

    private final OutageLogFilter filter = new OutageLogFilter();

    @Test
    void shouldRecogniseConnectionFailuresShutdownsAndPoolTimeoutsAnywhereInTheChain() {
        assertThat(DatabaseOutage.isCause(new SQLException("refused", "08001"))).isTrue();
        assertThat(DatabaseOutage.isCause(new RuntimeException(new SQLException("I/O error", "08006")))).isTrue();
        assertThat(DatabaseOutage.isCause(new SQLException("terminating connection", "57P01"))).isTrue();
        assertThat(DatabaseOutage.isCause(new SQLException("the database system is starting up", "57P03"))).isTrue();
        assertThat(DatabaseOutage.isCause(new SQLException("too many clients", "53300"))).isTrue();
        assertThat(DatabaseOutage.isCause(new SQLException("Acquisition timeout while waiting for new connection")))
                .isTrue();
    }

    @Test
    void shouldNotTakeRequestOrCodeFaultsForAnOutage() {
        assertThat(DatabaseOutage.isCause(new SQLException("duplicate key", "23505"))).isFalse();
        assertThat(DatabaseOutage.isCause(new SQLException("signed documentation cannot be changed", "P0001"))).isFalse();
        assertThat(DatabaseOutage.isCause(new SQLException("syntax error", "42601"))).isFalse();
        assertThat(DatabaseOutage.isCause(new IllegalStateException("no cause"))).isFalse();
    }

    @Test
    void shouldLogAnOutageOnOneLineWithTypesAndStatesButWithoutTraceOrMessage() {
        ExtLogRecord record = new ExtLogRecord(Level.WARNING, "ARJUNA016045: attempted rollback of %s failed",
                ExtLogRecord.FormatStyle.PRINTF, OutageLogFilterTest.class.getName());
        record.setParameters(new Object[] { "tx-1" });
        record.setThrown(new IllegalStateException(new SQLException("FATAL: terminating connection Okafor", "57P01")));

        assertThat(filter.isLoggable(record)).isTrue();

        assertThat(record.getThrown()).isNull();
        assertThat(record.getFormattedMessage()).startsWith("ARJUNA016045: attempted rollback of tx-1 failed")
                .contains("java.sql.SQLException [SQLState 57P01]").doesNotContain("Okafor");
    }

    @Test
    void shouldLeaveEveryOtherRecordItsStackTrace() {
        ExtLogRecord record = new ExtLogRecord(Level.SEVERE, "Unexpected", OutageLogFilterTest.class.getName());
        IllegalStateException defect = new IllegalStateException("defect");
        record.setThrown(defect);

        assertThat(filter.isLoggable(record)).isTrue();

        assertThat(record.getThrown()).isSameAs(defect);
        assertThat(record.getFormattedMessage()).isEqualTo("Unexpected");
    }
}
