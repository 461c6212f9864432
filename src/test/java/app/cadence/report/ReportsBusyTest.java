package app.cadence.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import app.cadence.support.Api;
import app.cadence.support.Sql;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;

/**
 * More reports at once than the reports pool has connections: the one beyond waits briefly and is
 * answered 503 with Retry-After, as "busy" rather than as a database outage, and its audit event is
 * in the database like any refused request's. The first report still completes.
 */
@QuarkusTest
@TestProfile(ReportsBusyTest.OneReportConnection.class)
class ReportsBusyTest {

    public static class OneReportConnection implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.datasource.reports.jdbc.max-size", "1", "cadence.reports.busy-wait", "300ms");
        }
    }

    private final Api supervisor = Api.newSupervisor();

    @Test
    void shouldAnswerAReportBeyondThePoolBusyAndAuditIt() throws Exception {
        String from = LocalDate.now().minusYears(1).toString();
        String to = LocalDate.now().toString();
        CompletableFuture<Response> first;
        // The first report waits for a lock held here, keeping the only report connection busy.
        try (Connection holder = Sql.connectAsOwner(); Statement lock = holder.createStatement()) {
            holder.setAutoCommit(false);
            lock.execute("lock table referral in access exclusive mode");
            first = CompletableFuture.supplyAsync(() -> supervisor.request().queryParam("from", from)
                    .queryParam("to", to).get("/api/v1/reports/outcomes"));
            waitUntilAReportIsBlocked();

            Response second = supervisor.request().queryParam("from", from).queryParam("to", to)
                    .get("/api/v1/reports/outcomes");
            assertThat(second.statusCode()).isEqualTo(503);
            assertThat(second.header("Retry-After")).isEqualTo("5");
            assertThat(second.contentType()).contains("application/problem+json");
            assertThat(second.jsonPath().getString("detail")).contains("busy").doesNotContain("database is unavailable");
            assertThat(Sql.count("select count(*) from audit_event where request_id = ? and outcome = 'error' "
                    + "and resource_type = 'outcome-report'", second.header("X-Request-Id"))).isEqualTo(1);
            holder.rollback();
        }
        assertThat(first.get(60, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
    }

    private static void waitUntilAReportIsBlocked() throws InterruptedException {
        for (int i = 0; i < 200; i++) {
            if (Sql.count("select count(*) from pg_stat_activity where application_name = 'cadence-reports' "
                    + "and wait_event_type = 'Lock'") > 0) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the first report never waited for the lock");
    }
}
