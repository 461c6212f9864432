package app.cadence.report.outcome;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import app.cadence.session.SqlStatements;
import app.cadence.support.Api;
import app.cadence.support.Sql;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * What reports cost: a progress report issues the same statements whatever a child's number of
 * sessions; a year's outcome report reads the year's sessions and each detail table once (its
 * EXPLAIN plan shows one scan of each); and both reports' timings at the size seeded, printed.
 * The size defaults to what fits in {@code ./mvnw verify}; bench/reports.sh runs the same test
 * at a million sessions ({@code -Dreports.bench.sessions=1000000}).
 */
@QuarkusTest
class ReportCostTest {

    private static final Logger LOG = Logger.getLogger(ReportCostTest.class);
    private static final String SUPERVISOR_SUBJECT = "supervisor-" + UUID.randomUUID();
    private static BenchData data;

    static synchronized BenchData data() {
        if (data == null && Boolean.getBoolean("reports.bench.reuse")) {
            data = BenchData.existing();
        }
        if (data == null) {
            data = new BenchData(Integer.getInteger("reports.bench.clients", 300),
                    Integer.getInteger("reports.bench.sessions", 15_000));
            LOG.infof("Report bench data: %,d sessions of %,d children seeded in %,d ms", data.sessions, data.clients,
                    data.seedMillis);
        }
        return data;
    }

    @Test
    void shouldIssueAsManyStatementsForAProgressReportOfManySessionsAsOfFew() throws SQLException {
        List<UUID> clients = clients(data().facility);
        UUID longHistory = clients.get(0);
        UUID shortHistory = clients.get(1);
        long many = sessions(longHistory);
        long few = sessions(shortHistory);
        assertThat(many).isGreaterThan(5 * few);
        supervisor().staffId(); // provisions the caller's staff record, which a first request would do

        int manyStatements = statements(() -> progress(longHistory, "application/json"));
        int fewStatements = statements(() -> progress(shortHistory, "application/json"));
        int pdfStatements = statements(() -> progress(longHistory, "application/pdf"));
        LOG.infof("Progress report statements: %d for %,d sessions, %d for %,d sessions, %d for the PDF", manyStatements,
                many, fewStatements, few, pdfStatements);
        assertThat(manyStatements).isEqualTo(fewStatements).isEqualTo(pdfStatements).isLessThanOrEqualTo(20);
    }

    @Test
    void shouldReadTheYearsSessionsAndEachDetailTableOnceForAnOutcomeReport() throws Exception {
        data();
        for (GroupBy groupBy : new GroupBy[] { null, GroupBy.MONTH, GroupBy.INTERVENTION_CATEGORY }) {
            String sql = new OutcomeSql(groupBy, false, false, false).statement()
                    .replace(":from", "timestamptz '2025-01-01 00:00 America/New_York'")
                    .replace(":to", "timestamptz '2026-01-01 00:00 America/New_York'")
                    .replace(":tz", "'America/New_York'");
            JsonNode plan;
            try (Connection connection = Sql.connect();
                    PreparedStatement explain = connection.prepareStatement("explain (format json) " + sql);
                    ResultSet rows = explain.executeQuery()) {
                rows.next();
                plan = new ObjectMapper().readTree(rows.getString(1));
            }
            List<JsonNode> scans = new ArrayList<>();
            collectScans(plan, scans);
            Map<String, Long> byTable = new java.util.TreeMap<>();
            scans.forEach(scan -> byTable.merge(scan.get("Relation Name").asText(), 1L, Long::sum));
            LOG.infof("Outcome report plan (groupBy %s): table scans %s", groupBy, byTable);
            // The year's sessions once; the other scan of session is the per-referral lookup of the first
            // session, by client in the index, never a pass over the year.
            assertThat(byTable).containsEntry("session_intervention", 1L).containsEntry("session_score", 1L)
                    .containsEntry("goal_measurement", 1L).containsEntry("session", 2L);
            assertThat(scans.stream().filter(scan -> scan.get("Relation Name").asText().equals("session"))
                    .map(scan -> scan.path("Index Name").asText())).contains("session_by_client_time");
        }
    }

    @Test
    void shouldPrintBothReportsTimingsAtTheLargestSizeTried() throws SQLException {
        BenchData seeded = data();
        UUID longHistory = clients(seeded.facility).get(0);
        long sessions = sessions(longHistory);
        String json = time(() -> progress(longHistory, "application/json"));
        String pdf = time(() -> progress(longHistory, "application/pdf"));
        String year = time(() -> outcomes(Map.of(), "application/json"));
        String months = time(() -> outcomes(Map.of("groupBy", "month"), "application/json"));
        String csv = time(() -> outcomes(Map.of("groupBy", "therapist"), "text/csv"));
        String outcomePdf = time(() -> outcomes(Map.of("groupBy", "unit"), "application/pdf"));
        keep("outcomes-program.pdf", outcomes(Map.of("groupBy", "unit"), "application/pdf"));
        keep("outcomes-deidentified.pdf", outcomes(Map.of("groupBy", "month", "deidentified", true), "application/pdf"));
        String deidentified = time(() -> outcomes(Map.of("groupBy", "month", "deidentified", true), "application/json"));
        LOG.infof("""
                Report timings at %,d sessions of %,d children (seeded in %,d ms); best (first) of 3 calls, 1 above 100,000 sessions:
                  progress report, child with %,d sessions: JSON %s, PDF %s
                  outcome report, year %s: JSON %s; by month %s; by therapist as CSV %s; by unit as PDF %s; \
                de-identified by month %s""", seeded.sessions, seeded.clients, seeded.seedMillis, sessions, json, pdf,
                BenchData.YEAR, year, months, csv, outcomePdf, deidentified);
    }

    /** A fresh token each time: seeding a million sessions outlasts one. */
    private static Api supervisor() {
        return Api.as(SUPERVISOR_SUBJECT, "supervisor");
    }

    /** A year of a million sessions takes longer than the tests' default 30 s read timeout. */
    private static RequestSpecification patient(Api caller) {
        return caller.request().config(RestAssuredConfig.config().httpClient(
                HttpClientConfig.httpClientConfig().setParam("http.socket.timeout", 600_000)));
    }

    /** Kept for docs/images (rendered with pdftoppm; see README). */
    private static void keep(String name, Response response) {
        try {
            Files.createDirectories(Path.of("target/reports"));
            Files.write(Path.of("target/reports", name), response.then().statusCode(200).extract().asByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Response progress(UUID client, String accept) {
        return patient(supervisor()).accept(accept).queryParam("from", BenchData.YEAR + "-01-01")
                .queryParam("to", BenchData.YEAR + "-12-31").get("/api/v1/clients/" + client + "/progress-report");
    }

    private static Response outcomes(Map<String, Object> parameters, String accept) {
        return patient(supervisor()).accept(accept).queryParam("from", BenchData.YEAR + "-01-01")
                .queryParam("to", BenchData.YEAR + "-12-31").queryParams(parameters).get("/api/v1/reports/outcomes");
    }

    private static int statements(Supplier<Response> request) {
        SqlStatements.reset();
        request.get().then().statusCode(200);
        return SqlStatements.count();
    }

    /** Best and first of three calls (one call at bench sizes), in milliseconds. */
    private static String time(Supplier<Response> request) {
        long[] millis = new long[data().sessions > 100_000 ? 1 : 3];
        for (int i = 0; i < millis.length; i++) {
            long start = System.nanoTime();
            request.get().then().statusCode(200);
            millis[i] = (System.nanoTime() - start) / 1_000_000;
        }
        return Arrays.stream(millis).min().orElseThrow() + " ms (" + millis[0] + ")";
    }

    private static void collectScans(JsonNode node, List<JsonNode> scans) {
        if (node.isArray()) {
            node.forEach(child -> collectScans(child, scans));
        } else if (node.isObject()) {
            if (node.has("Relation Name")) {
                scans.add(node);
            }
            node.forEach(child -> collectScans(child, scans));
        }
    }

    /** The seeded clients, the one with the long history first. */
    private static List<UUID> clients(String facility) throws SQLException {
        List<UUID> ids = new ArrayList<>();
        try (Connection connection = Sql.connect();
                PreparedStatement query = connection.prepareStatement(
                        "select id from client where facility = ? order by id limit 2")) {
            query.setString(1, facility);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getObject(1, UUID.class));
                }
            }
        }
        return ids;
    }

    private static long sessions(UUID client) throws SQLException {
        try (Connection connection = Sql.connect();
                PreparedStatement query = connection.prepareStatement("select count(*) from session where client_id = ?")) {
            query.setObject(1, client);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }
}
