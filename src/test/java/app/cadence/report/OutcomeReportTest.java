package app.cadence.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.startsWith;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.core.Response.Status;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import app.cadence.support.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.path.json.config.JsonPathConfig.NumberReturnType;
import io.restassured.specification.RequestSpecification;

/**
 * Every figure of the outcome report on {@link ProgramYear}, worked out by hand from its table.
 * The statistics' reference values come from SciPy 1.17.1 (scipy.stats.t.interval and
 * scipy.stats.wilcoxon(post, pre, zero_method='wilcox', correction=True, method=…)), run on the
 * same pairs; each is also worked by hand below.
 */
@QuarkusTest
class OutcomeReportTest {

    static final String OUTCOMES = "/api/v1/reports/outcomes";
    private static final double EXACT = 1e-9;

    private static ProgramYear program;
    private static final Api SUPERVISOR = Api.newSupervisor();

    static synchronized ProgramYear program() {
        if (program == null) {
            program = new ProgramYear(SUPERVISOR);
        }
        return program;
    }

    static JsonPath report(Api caller, Map<String, Object> parameters) {
        RequestSpecification request = caller.request().queryParam("from", ProgramYear.FROM)
                .queryParam("to", ProgramYear.TO);
        parameters.forEach(request::queryParam);
        return request.get(OUTCOMES).then().statusCode(Status.OK.getStatusCode()).extract().jsonPath()
                .using(new JsonPathConfig(NumberReturnType.DOUBLE));
    }

    private static JsonPath facilityReport(Map<String, Object> more) {
        Map<String, Object> parameters = new java.util.LinkedHashMap<>(more);
        parameters.put("facility", program().facility);
        return report(SUPERVISOR, parameters);
    }

    @Test
    void shouldCountSessionsClientsMinutesReferralsInterventionsAndGoalsOfThePeriod() {
        JsonPath total = facilityReport(Map.of());
        // Completed: K1 ×3, K2 ×2, K3 ×2 = 7 by 3 children; K6's session is entered in error, K1's 25 Feb
        // session only scheduled. Minutes: K1 40+30+45, K2 40+30, K3 40+40 = 115 + 70 + 80 = 265.
        assertCount(total, "total.sessions.completed", 7, 3);
        assertCount(total, "total.sessions.cancelled", 1, 1);
        assertCount(total, "total.sessions.noShow", 1, 1);
        assertCount(total, "total.sessions.byKind.individual", 6, 3);
        assertCount(total, "total.sessions.byKind.family", 1, 1);
        assertCount(total, "total.sessions.byKind.group", 0, 0);
        // K1's cancellation was for a procedure, K2 was asleep at the no-show; no group sessions this period.
        assertCount(total, "total.sessions.cancelledByReason.procedure", 1, 1);
        assertCount(total, "total.sessions.cancelledByReason.asleep", 0, 0);
        assertCount(total, "total.sessions.noShowByReason.asleep", 1, 1);
        assertCount(total, "total.sessions.noShowByReason.not-recorded", 0, 0);
        assertThat(total.getMap("total.sessions.cancelledByReason")).containsOnlyKeys("asleep", "procedure", "medical",
                "isolation", "discharged", "declined", "therapist-unavailable", "other", "not-recorded");
        assertCount(total, "total.sessions.groupSessions", 0, 0);
        assertCount(total, "total.clientsServed", 3, 3);
        assertCount(total, "total.therapyMinutes", 265, 3);
        // Referrals received: K1–K5; K1–K3 accepted, K4 declined, K5 pending. Days to the first completed
        // session: K1 5 → 7 Jan = 2, K2 12 → 13 Jan = 1, K3 26 → 31 Jan = 5; median 2.
        assertCount(total, "total.referrals.received", 5, 5);
        assertCount(total, "total.referrals.accepted", 3, 3);
        assertCount(total, "total.referrals.declined", 1, 1);
        assertCount(total, "total.referrals.pending", 1, 1);
        assertThat(total.getDouble("total.referrals.medianDaysToFirstSession.value")).isEqualTo(2.0);
        assertThat(total.getInt("total.referrals.medianDaysToFirstSession.referrals")).isEqualTo(3);
        // Interventions in completed sessions: song-choice K1 ×2, K2, K3 = 4 (3 children);
        // music-assisted-relaxation K1, K3 ×2 = 3 (2); drumming K1, songwriting K2 (2); movement-to-music K2.
        assertThat(total.getList("total.interventions.category")).containsExactly("singing", "moving", "listening",
                "creating");
        assertCount(total, "total.interventions[0].uses", 4, 3);
        assertCount(total, "total.interventions[0].interventions[0].uses", 4, 3);
        assertThat(total.getString("total.interventions[0].interventions[0].code")).isEqualTo("song-choice");
        assertCount(total, "total.interventions[1].uses", 1, 1);
        assertCount(total, "total.interventions[2].uses", 3, 2);
        assertCount(total, "total.interventions[3].uses", 2, 2);
        assertThat(total.getList("total.interventions[3].interventions.code")).containsExactly("drumming", "songwriting");
        // Goals set: GK1, GK2, GK3, GK3b (GK1p is still proposed); GK2 achieved, GK3b discontinued;
        // criterion met: GK2 on 13 Jan (3 ≥ 3 once), GK1 on 4 Feb (85, 90 ≥ 80 twice running).
        assertCount(total, "total.goals.set", 4, 3);
        assertCount(total, "total.goals.achieved", 1, 1);
        assertCount(total, "total.goals.discontinued", 1, 1);
        assertCount(total, "total.goals.criterionMet", 2, 2);
        assertThat(total.getString("caseload")).isEqualTo("all");
        assertThat(total.getString("period.timeZone")).isEqualTo("America/New_York");
        assertThat(total.getMap("methods")).containsKeys("counting", "pairs", "meanChangeCi95", "medianChange",
                "wilcoxon", "rankBiserial");
        assertThat(total.getString("methods.wilcoxon")).contains("Zero changes are dropped", "average rank", "exact",
                "normal approximation", "tie-corrected");
    }

    @Test
    void shouldComputePairedStatisticsPerScaleAsSciPyDoes() {
        JsonPath report = facilityReport(Map.of());
        Map<String, Map<String, Object>> scales = scales(report, "total");
        assertThat(scales).containsOnlyKeys("anxiety-nrs", "mood", "pain-nrs", "relaxation");

        // anxiety-nrs, lower is better: (7,3) (6,4) (5,5) (8,3) (6,6) (9,4) (7,5); changes −4 −2 0 −5 0 −5 −2.
        // Means 48/7, 30/7, −18/7; median −2; improved 5/7, unchanged 2/7. s² = 27.714/6 → s = 2.1492,
        // t(0.975, 6) = 2.4469: −2.5714 ± 1.9877. Wilcoxon on the 5 non-zero: |d| 4 2 5 5 2 → ranks 3 1.5
        // 4.5 4.5 1.5, W+ = 0, W− = 15; ties, so normal: μ = 7.5, σ² = 13.75 − (6 + 6)/48 = 13.5,
        // z = (0 − 7.5 + 0.5)/3.6742 = −1.9052, p = 0.05676. r = (15 − 0)/15 = 1.
        Map<String, Object> anxiety = scales.get("anxiety-nrs");
        assertStats(anxiety, 7, 3, 48 / 7.0, 30 / 7.0, -18 / 7.0, -4.559104252117553, -0.5837528907395906, -2.0,
                5 / 7.0, 2 / 7.0, 0.0);
        assertWilcoxon(anxiety, 5, 0.05675944638601349, "normal-approximation", 1.0);

        // relaxation, higher is better: (3,7) (4,5) (2,5) (5,3) (4,9); changes +4 +1 +3 −2 +5, no ties, so exact:
        // W+ = 4+1+3+5 = 13, W− = 2; of the 32 sign patterns of ranks 1..5, 3 reach 13 or more ({1..5}, {2..5},
        // {1,3,4,5}): p = 2·3/32 = 0.1875. r = (13 − 2)/15. Median 3; CI 2.2 ± 2.7764·2.7749/√5.
        Map<String, Object> relaxation = scales.get("relaxation");
        assertStats(relaxation, 5, 3, 3.6, 5.8, 2.2, -1.2454777651513367, 5.6454777651513375, 3.0, 0.8, 0.0, 0.2);
        assertWilcoxon(relaxation, 5, 0.1875, "exact", 11 / 15.0);

        // pain-nrs: (6,2) (4,4); one non-zero change: exact p = 1; CI −2 ± 12.706·2.8284/√2.
        assertStats(scales.get("pain-nrs"), 2, 1, 5.0, 3.0, -2.0, -27.41240947234939, 23.41240947234939, -2.0, 0.5, 0.5,
                0.0);
        assertWilcoxon(scales.get("pain-nrs"), 1, 1.0, "exact", 1.0);
        // mood, higher is better: (2,4) (3,3).
        assertStats(scales.get("mood"), 2, 1, 2.5, 3.5, 1.0, -11.706204736174694, 13.706204736174694, 1.0, 0.5, 0.5, 0.0);
        assertWilcoxon(scales.get("mood"), 1, 1.0, "exact", 1.0);
    }

    @Test
    void shouldSplitByMonthInTheProgramTimeZone() {
        JsonPath report = facilityReport(Map.of("groupBy", "month"));
        assertThat(report.getList("groups.key")).containsExactly("2026-01", "2026-02");
        assertThat(report.getList("groups.label")).containsExactly("January 2026", "February 2026");
        // K3's Saturday 31 Jan 21:00 session is 1 Feb in UTC but January in New York.
        assertCount(report, "groups[0].sessions.completed", 4, 3);
        assertCount(report, "groups[0].therapyMinutes", 150, 3);
        assertCount(report, "groups[0].sessions.cancelled", 1, 1);
        assertCount(report, "groups[0].sessions.noShow", 1, 1);
        assertCount(report, "groups[1].sessions.completed", 3, 3);
        assertCount(report, "groups[1].therapyMinutes", 115, 3);
        assertCount(report, "groups[1].sessions.cancelled", 0, 0);
        assertCount(report, "groups[0].referrals.received", 3, 3);
        assertCount(report, "groups[0].referrals.accepted", 3, 3);
        assertThat(report.getDouble("groups[0].referrals.medianDaysToFirstSession.value")).isEqualTo(2.0);
        assertCount(report, "groups[1].referrals.received", 2, 2);
        assertCount(report, "groups[1].referrals.declined", 1, 1);
        assertCount(report, "groups[1].referrals.pending", 1, 1);
        assertThat(report.getString("groups[1].referrals.medianDaysToFirstSession.value")).isNull();
        assertCount(report, "groups[0].goals.set", 4, 3);
        assertCount(report, "groups[0].goals.criterionMet", 1, 1);
        assertCount(report, "groups[1].goals.set", 0, 0);
        assertCount(report, "groups[1].goals.achieved", 1, 1);
        assertCount(report, "groups[1].goals.discontinued", 1, 1);
        assertCount(report, "groups[1].goals.criterionMet", 1, 1);
        // January anxiety: (7,3) (6,4) (8,3) (9,4): changes −4 −2 −5 −5, mean −4, median −4.5; ties → normal.
        Map<String, Object> january = scales(report, "groups[0]").get("anxiety-nrs");
        assertStats(january, 4, 3, 7.5, 3.5, -4.0, -6.250329363228183, -1.7496706367718167, -4.5, 1.0, 0.0, 0.0);
        assertWilcoxon(january, 4, 0.0975125381781096, "normal-approximation", 1.0);
        // February anxiety: (5,5) (6,6) (7,5): one non-zero change.
        Map<String, Object> february = scales(report, "groups[1]").get("anxiety-nrs");
        assertStats(february, 3, 3, 6.0, 16 / 3.0, -2 / 3.0, -3.535101819832975, 2.201768486499642, 0.0, 1 / 3.0,
                2 / 3.0, 0.0);
        assertWilcoxon(february, 1, 1.0, "exact", 1.0);
    }

    @Test
    void shouldSplitByUnitTherapistAndInterventionCategory() {
        JsonPath byUnit = facilityReport(Map.of("groupBy", "unit"));
        assertThat(byUnit.getList("groups.key")).containsExactly("Oncology", "PICU");
        assertCount(byUnit, "groups[0].sessions.completed", 2, 1);
        assertCount(byUnit, "groups[1].sessions.completed", 5, 2);
        assertCount(byUnit, "groups[0].referrals.received", 2, 2);
        assertCount(byUnit, "groups[0].referrals.declined", 1, 1);
        assertCount(byUnit, "groups[1].referrals.received", 3, 3);
        assertCount(byUnit, "groups[1].referrals.pending", 1, 1);
        assertThat(byUnit.getDouble("groups[1].referrals.medianDaysToFirstSession.value")).isEqualTo(1.5);

        JsonPath byTherapist = facilityReport(Map.of("groupBy", "therapist"));
        assertThat(byTherapist.getList("groups.key")).containsExactly(program().anaId, program().benId);
        assertThat(byTherapist.getList("groups.label")).containsExactly("Ana Ruiz, MT-BC", "Ben Cho, MT-BC");
        assertCount(byTherapist, "groups[0].sessions.completed", 5, 2);
        assertCount(byTherapist, "groups[1].sessions.completed", 2, 1);
        assertCount(byTherapist, "groups[0].goals.set", 2, 2);
        assertCount(byTherapist, "groups[1].goals.set", 2, 1);
        assertThat(byTherapist.getMap("groups[0]")).doesNotContainKey("referrals");
        assertCount(byTherapist, "total.referrals.received", 5, 5);

        // A session counts in each category it used: singing K1 7 and 14 Jan, K2 13 Jan, K3 10 Feb; listening
        // K1 7 Jan, K3 31 Jan and 10 Feb; creating K1 4 Feb, K2 13 Jan; moving K2 3 Feb.
        JsonPath byCategory = facilityReport(Map.of("groupBy", "intervention-category"));
        assertThat(byCategory.getList("groups.key")).containsExactly("singing", "moving", "listening", "creating");
        assertCount(byCategory, "groups[0].sessions.completed", 4, 3);
        assertCount(byCategory, "groups[1].sessions.completed", 1, 1);
        assertCount(byCategory, "groups[2].sessions.completed", 3, 2);
        assertCount(byCategory, "groups[3].sessions.completed", 2, 2);
        assertThat(byCategory.getList("groups[0].interventions.category")).containsExactly("singing");
        assertThat(byCategory.getMap("groups[0]")).doesNotContainKeys("referrals", "goals");
    }

    @Test
    void shouldShowATherapistOnlyTheSessionsTheyDelivered() {
        ProgramYear year = program();
        JsonPath own = report(year.ana, Map.of());
        assertThat(own.getString("caseload")).isEqualTo("own");
        // Ana: K1 ×3 and K2 ×2 completed (K6 is entered in error); she decided K1's and K2's referrals and
        // set GK1 and GK2 (GK1p is proposed); anxiety pairs (7,3) (6,4) (5,5) (8,3) (6,6).
        assertCount(own, "total.sessions.completed", 5, 2);
        assertCount(own, "total.sessions.cancelled", 1, 1);
        assertCount(own, "total.sessions.noShow", 1, 1);
        assertCount(own, "total.referrals.received", 2, 2);
        assertCount(own, "total.goals.set", 2, 2);
        assertCount(own, "total.goals.criterionMet", 2, 2);
        assertThat(scales(own, "total").get("anxiety-nrs")).containsEntry("pairs", 5);
        // Grouping by therapist shows only herself.
        JsonPath grouped = report(year.ana, Map.of("groupBy", "therapist"));
        assertThat(grouped.getList("groups.key")).containsExactly(year.anaId);
    }

    @Test
    void shouldRefuseEveryRoleButTherapistsAndSupervisors() {
        for (Api caller : List.of(Api.newChildLifeSpecialist(), Api.newIntegration())) {
            caller.request().get(OUTCOMES).then().statusCode(Status.FORBIDDEN.getStatusCode())
                    .contentType("application/problem+json");
        }
    }

    @Test
    void shouldAnswerUnreadableParametersWith422() {
        SUPERVISOR.request().queryParam("groupBy", "year").get(OUTCOMES).then().statusCode(422)
                .body("violations[0].field", org.hamcrest.Matchers.equalTo("groupBy"));
        SUPERVISOR.request().queryParam("from", "2026-13-01").get(OUTCOMES).then().statusCode(422)
                .body("violations[0].field", org.hamcrest.Matchers.equalTo("from"));
        SUPERVISOR.request().queryParam("from", "2026-03-01").queryParam("to", "2026-02-01").get(OUTCOMES).then()
                .statusCode(422);
        SUPERVISOR.request().queryParam("from", "2026-01-15").queryParam("to", "2026-02-28")
                .queryParam("deidentified", true).get(OUTCOMES).then().statusCode(422)
                .body("violations[0].message", org.hamcrest.Matchers.containsString("whole months"));
    }

    @Test
    void shouldWriteOneCsvRowPerGroupAndATotalThatACsvLibraryReads() throws IOException {
        String csv = SUPERVISOR.request().accept("text/csv").queryParam("from", ProgramYear.FROM)
                .queryParam("to", ProgramYear.TO).queryParam("facility", program().facility).queryParam("groupBy", "month")
                .get(OUTCOMES).then().statusCode(Status.OK.getStatusCode()).contentType(startsWith("text/csv"))
                .extract().asString();
        try (CSVParser parser = CSVParser.parse(csv, CSVFormat.RFC4180.builder().setHeader().get())) {
            List<CSVRecord> rows = parser.getRecords();
            assertThat(parser.getHeaderNames()).contains("group_key", "group_label", "sessions_completed",
                    "clients_served", "therapy_minutes", "referrals_received", "median_days_to_first_session",
                    "goals_criterion_met", "interventions_singing_uses", "intervention_song_choice_uses",
                    "anxiety_nrs_pairs", "anxiety_nrs_mean_change_ci95_lower", "anxiety_nrs_wilcoxon_p",
                    "relaxation_wilcoxon_method", "relaxation_rank_biserial", "group_sessions", "cancelled_procedure",
                    "cancelled_not_recorded", "no_show_asleep", "no_show_therapist_unavailable");
            assertThat(rows).extracting(row -> row.get("cancelled_procedure")).containsExactly("1", "0", "1");
            assertThat(rows).extracting(row -> row.get("no_show_asleep")).containsExactly("1", "0", "1");
            assertThat(rows).extracting(row -> row.get("group_key")).containsExactly("2026-01", "2026-02", "total");
            assertThat(rows).extracting(row -> row.get("sessions_completed")).containsExactly("4", "3", "7");
            assertThat(rows).extracting(row -> row.get("therapy_minutes")).containsExactly("150", "115", "265");
            assertThat(rows).extracting(row -> row.get("referrals_received")).containsExactly("3", "2", "5");
            assertThat(rows).extracting(row -> row.get("median_days_to_first_session")).containsExactly("2", "", "2");
            CSVRecord total = rows.get(2);
            assertThat(Double.parseDouble(total.get("anxiety_nrs_wilcoxon_p"))).isCloseTo(0.05675944638601349,
                    within(1e-12));
            assertThat(Double.parseDouble(total.get("anxiety_nrs_mean_change_ci95_lower"))).isCloseTo(
                    -4.559104252117553, within(1e-9));
            assertThat(total.get("relaxation_wilcoxon_method")).isEqualTo("exact");
            assertThat(total.get("interventions_singing_uses")).isEqualTo("4");
        }
    }

    @Test
    void shouldPrintAProgramSummaryWithChartsThatRenders() throws IOException {
        byte[] pdf = SUPERVISOR.request().accept("application/pdf").queryParam("from", ProgramYear.FROM)
                .queryParam("to", ProgramYear.TO).queryParam("facility", program().facility).queryParam("groupBy", "month")
                .get(OUTCOMES).then().statusCode(Status.OK.getStatusCode()).contentType("application/pdf").extract()
                .asByteArray();
        Files.createDirectories(Path.of("target/reports"));
        Files.write(Path.of("target/reports/outcomes.pdf"), pdf);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("Music therapy program outcomes", "SESSIONS COMPLETED", "CHILDREN SERVED",
                    "Completed sessions by month", "January 2026", "February 2026", "Anxiety numeric rating scale",
                    "6.9\u00a0→\u00a04.3", "−2.57", "−4.56 to −0.58", "71%", "29%", "0.057", "0.188", "Methods", "Wilcoxon",
                    "GROUP SESSIONS", "CANCELLED BY REASON", "procedure 1", "NO-SHOW BY REASON", "asleep 1",
                    "Page 1 of", "Generated");
            PDFRenderer renderer = new PDFRenderer(document);
            for (int page = 0; page < document.getNumberOfPages(); page++) {
                assertThat(ProgressReportPdfTest.inked(renderer.renderImage(page, 1.0f))).isGreaterThan(1000);
            }
        }
    }

    static void assertCount(JsonPath report, String path, long value, long clients) {
        assertThat(report.getLong(path + ".value")).as(path + ".value").isEqualTo(value);
        assertThat(report.getLong(path + ".clients")).as(path + ".clients").isEqualTo(clients);
        assertThat(report.getMap(path)).as(path).doesNotContainKey("suppressed");
    }

    static Map<String, Map<String, Object>> scales(JsonPath report, String group) {
        List<Map<String, Object>> scales = report.getList(group + ".scales");
        Map<String, Map<String, Object>> byCode = new java.util.TreeMap<>();
        scales.forEach(scale -> byCode.put((String) scale.get("scale"), scale));
        return byCode;
    }

    @SuppressWarnings("unchecked")
    private static void assertStats(Map<String, Object> scale, int pairs, int clients, double meanPre, double meanPost,
            double meanChange, double ciLower, double ciUpper, double median, double improved, double unchanged,
            double worse) {
        assertThat(scale).containsEntry("pairs", pairs).containsEntry("clients", clients);
        assertThat(number(scale.get("meanPre"))).isCloseTo(meanPre, within(EXACT));
        assertThat(number(scale.get("meanPost"))).isCloseTo(meanPost, within(EXACT));
        assertThat(number(scale.get("meanChange"))).isCloseTo(meanChange, within(EXACT));
        Map<String, Object> ci = (Map<String, Object>) scale.get("meanChangeCi95");
        assertThat(number(ci.get("lower"))).isCloseTo(ciLower, within(1e-9));
        assertThat(number(ci.get("upper"))).isCloseTo(ciUpper, within(1e-9));
        assertThat(number(scale.get("medianChange"))).isCloseTo(median, within(EXACT));
        assertThat(number(scale.get("shareImproved"))).isCloseTo(improved, within(EXACT));
        assertThat(number(scale.get("shareUnchanged"))).isCloseTo(unchanged, within(EXACT));
        assertThat(number(scale.get("shareWorse"))).isCloseTo(worse, within(EXACT));
    }

    @SuppressWarnings("unchecked")
    private static void assertWilcoxon(Map<String, Object> scale, int nonZero, double p, String method, double r) {
        Map<String, Object> test = (Map<String, Object>) scale.get("wilcoxon");
        assertThat(test).containsEntry("n", nonZero).containsEntry("method", method);
        assertThat(number(test.get("pValue"))).isCloseTo(p, within(1e-12));
        assertThat(number(scale.get("rankBiserial"))).isCloseTo(r, within(EXACT));
    }

    private static double number(Object value) {
        return ((Number) value).doubleValue();
    }
}
