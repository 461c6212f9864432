package app.cadence.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import app.cadence.support.Api;
import app.cadence.support.Sql;
import io.agroal.api.AgroalDataSource;
import io.quarkus.agroal.DataSource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The outcome report reads through the {@code reports} datasource — on Kubernetes the PostgreSQL
 * replicas — whose sessions refuse writes. Its connections name themselves {@code cadence-reports}
 * to PostgreSQL, so the server's own view (pg_stat_activity) shows which pool served the report.
 */
@QuarkusTest
class ReportDatabaseTest {

    @Inject
    @DataSource("reports")
    AgroalDataSource reports;

    @Test
    void shouldReadTheOutcomeReportThroughTheReportsDatasource() throws SQLException {
        OffsetDateTime before = databaseNow();

        Api.newSupervisor().request().queryParam("from", "2025-01-01").queryParam("to", "2025-12-31")
                .queryParam("groupBy", "therapist").get(OutcomeReportTest.OUTCOMES).then().statusCode(200);

        List<String> committedSince = new ArrayList<>();
        try (Connection connection = Sql.connect();
                PreparedStatement activity = connection.prepareStatement("""
                        select query from pg_stat_activity
                        where datname = current_database() and application_name = 'cadence-reports'
                          and state = 'idle' and state_change >= ?""")) {
            activity.setObject(1, before);
            try (ResultSet rows = activity.executeQuery()) {
                while (rows.next()) {
                    committedSince.add(rows.getString(1));
                }
            }
        }
        // The report's read-only transaction ended on a connection of the reports pool, after the request began.
        assertThat(committedSince).as("statements last run by the reports pool since the request").isNotEmpty()
                .allSatisfy(last -> assertThat(last).isEqualToIgnoringCase("COMMIT"));
    }

    @Test
    void shouldRefuseWritesOnTheReportsDatasource() throws SQLException {
        try (Connection connection = reports.getConnection(); Statement statement = connection.createStatement()) {
            try (ResultSet setting = statement.executeQuery("show default_transaction_read_only")) {
                setting.next();
                assertThat(setting.getString(1)).isEqualTo("on");
            }
            assertThatThrownBy(() -> statement.executeUpdate("update scale set name = name"))
                    .isInstanceOfSatisfying(SQLException.class,
                            refused -> assertThat(refused.getSQLState()).as("read_only_sql_transaction").isEqualTo("25006"));
        }
    }

    private static OffsetDateTime databaseNow() throws SQLException {
        try (Connection connection = Sql.connect(); Statement statement = connection.createStatement();
                ResultSet now = statement.executeQuery("select clock_timestamp()")) {
            now.next();
            return now.getObject(1, OffsetDateTime.class);
        }
    }
}
