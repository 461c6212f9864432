package app.cadence.report;

import static app.cadence.report.OutcomeReportTest.assertCount;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import app.cadence.session.SessionFixtures;
import app.cadence.support.Api;
import app.cadence.support.Clients;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * A de-identified report of three units: Burns with 2 children, Cardiology with 6, Neurology with
 * 7, each child seen once in January 2026 by one therapist (k = 5, the default). Burns' cells count
 * 2 children and are suppressed; since the total (15) minus Neurology (7) would then give Burns
 * back, Cardiology, the next smallest unit, is suppressed as well; Neurology and the total show.
 */
@QuarkusTest
class OutcomeSuppressionTest {

    private static final Api SUPERVISOR = Api.newSupervisor();
    private static final String UUID_PATTERN = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";
    private static String facility;
    private static Api therapist;

    static synchronized String facility() {
        if (facility == null) {
            facility = "Lakeside Children's " + Long.toString(System.nanoTime(), 36);
            therapist = Api.newTherapist();
            Map<String, Integer> units = Map.of("Burns", 2, "Cardiology", 6, "Neurology", 7);
            units.forEach((unit, children) -> {
                for (int i = 0; i < children; i++) {
                    Map<String, Object> child = Clients.child("Child" + i, unit + "son");
                    child.put("facility", app.cadence.support.Facilities.ensure(facility));
                    child.put("unit", unit);
                    child.put("status", "active");
                    String clientId = Clients.create(therapist, child);
                    SessionFixtures.create(therapist, clientId,
                            SessionFixtures.completed("2026-01-" + (10 + i) + "T10:00:00-05:00"));
                }
            });
        }
        return facility;
    }

    private static JsonPath deidentified(String groupBy) {
        return SUPERVISOR.request().queryParam("from", "2026-01-01").queryParam("to", "2026-01-31")
                .queryParam("facility", facility()).queryParam("groupBy", groupBy).queryParam("deidentified", true)
                .get(OutcomeReportTest.OUTCOMES).then().statusCode(200).extract().jsonPath();
    }

    @Test
    void shouldSuppressSmallCellsAndASecondCellSoNoneCanBeRecoveredFromTheTotal() {
        JsonPath report = deidentified("unit");
        assertThat(report.getList("groups.key")).containsExactly("Burns", "Cardiology", "Neurology");
        for (String figure : List.of("sessions.completed", "clientsServed", "therapyMinutes", "sessions.byKind.individual",
                "interventions[0].uses")) {
            assertThat(report.getMap("groups[0]." + figure)).as("Burns " + figure).isEqualTo(Map.of("suppressed", true));
            assertThat(report.getMap("groups[1]." + figure)).as("Cardiology " + figure)
                    .isEqualTo(Map.of("suppressed", true));
        }
        assertCount(report, "groups[2].sessions.completed", 7, 7);
        assertCount(report, "groups[2].therapyMinutes", 280, 7);
        assertCount(report, "total.sessions.completed", 15, 15);
        assertCount(report, "total.clientsServed", 15, 15);
        // Empty cells describe no child and show 0.
        assertCount(report, "groups[0].sessions.cancelled", 0, 0);
        // A suppressed scale hides all of its statistics.
        assertThat(report.getMap("groups[0].scales[0]")).containsEntry("scale", "anxiety-nrs")
                .containsEntry("suppressed", true).doesNotContainKeys("pairs", "meanPre", "meanChange", "wilcoxon");
        assertThat(report.getMap("groups[1].scales[0]")).containsEntry("suppressed", true);
        assertThat(report.getInt("groups[2].scales[0].pairs")).isEqualTo(7);
        assertThat(report.getInt("total.scales[0].pairs")).isEqualTo(15);
        assertThat(report.getInt("minimumCellSize")).isEqualTo(5);
        assertThat(report.getString("methods.suppression")).contains("fewer than 5 children", "second cell");
    }

    @Test
    void shouldNeverLeaveALoneSuppressedCellBesideAPublishedTotal() {
        JsonPath report = deidentified("unit");
        List<Map<String, Object>> groups = report.getList("groups");
        for (String figure : List.of("sessions", "therapyMinutes", "clientsServed")) {
            long suppressed = groups.stream().filter(group -> String.valueOf(group.get(figure)).contains("suppressed=true"))
                    .count();
            assertThat(suppressed).as(figure).isNotEqualTo(1);
        }
    }

    @Test
    void shouldCarryNoNamesIdsOrDatesFinerThanAMonth() {
        facility();
        for (String groupBy : List.of("unit", "therapist", "month")) {
            String json = SUPERVISOR.request().queryParam("from", "2026-01-01").queryParam("to", "2026-01-31")
                    .queryParam("facility", facility()).queryParam("groupBy", groupBy).queryParam("deidentified", true)
                    .get(OutcomeReportTest.OUTCOMES).then().statusCode(200).extract().asString();
            assertThat(json).doesNotContainPattern(UUID_PATTERN).doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}")
                    .doesNotContain("Child0", "Burnsson", "Staff ", therapist.subject(), "generatedAt");
        }
        JsonPath byTherapist = deidentified("therapist");
        assertThat(byTherapist.getList("groups.key")).containsExactly("therapist-1");
        assertThat(byTherapist.getList("groups.label")).containsExactly("Therapist 1");
        assertThat(byTherapist.getMap("period")).containsEntry("from", "2026-01").containsEntry("to", "2026-01");
    }

    @Test
    void shouldMarkSuppressedCellsInTheCsv() throws IOException {
        String csv = SUPERVISOR.request().accept("text/csv").queryParam("from", "2026-01-01").queryParam("to", "2026-01-31")
                .queryParam("facility", facility()).queryParam("groupBy", "unit").queryParam("deidentified", true)
                .get(OutcomeReportTest.OUTCOMES).then().statusCode(200).extract().asString();
        try (CSVParser parser = CSVParser.parse(csv, CSVFormat.RFC4180.builder().setHeader().get())) {
            List<CSVRecord> rows = parser.getRecords();
            assertThat(rows).extracting(row -> row.get("sessions_completed")).containsExactly("suppressed", "suppressed",
                    "7", "15");
            assertThat(rows).extracting(row -> row.get("anxiety_nrs_mean_change")).startsWith("suppressed",
                    "suppressed");
        }
    }
}
