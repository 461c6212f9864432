package app.cadence.goal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;

import javax.xml.parsers.DocumentBuilderFactory;

import jakarta.ws.rs.core.Response.Status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

import app.cadence.assessment.CareTeams;
import app.cadence.support.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/** A goal's measurement series from its sessions, and whether the target was met in enough consecutive sessions. */
@QuarkusTest
class GoalProgressTest {

    private static final OffsetDateTime MONDAY = OffsetDateTime.of(2025, 3, 3, 10, 0, 0, 0, ZoneOffset.UTC);

    private final Api therapist = Api.newTherapist();
    private String clientId;
    private String staffId;

    @BeforeEach
    void createClient() {
        clientId = CareTeams.activeClient(therapist);
        staffId = therapist.staffId();
    }

    @Test
    void shouldListMeasurementsOldestFirstAndMeetCriterion() {
        String goalId = Goals.create(therapist, clientId, Goals.percent());
        UUID third = ClinicalRows.measured(clientId, staffId, MONDAY.plusDays(14), goalId, "85");
        UUID first = ClinicalRows.session(clientId, staffId, MONDAY);
        ClinicalRows.measurement(first, 0, goalId, "40", "Hummed along with prompting");
        UUID second = ClinicalRows.measured(clientId, staffId, MONDAY.plusDays(7), goalId, "80");

        progress(goalId)
                .body("goalId", equalTo(goalId), "measure.type", equalTo("percent"), "baseline", equalTo(30),
                        "target", equalTo(80), "criterion.consecutiveSessions", equalTo(2),
                        "measurements.sessionId", contains(first.toString(), second.toString(), third.toString()),
                        "measurements.value", contains(40, 80, 85),
                        "measurements.reachedTarget", contains(false, true, true),
                        "measurements[0].comment", equalTo("Hummed along with prompting"),
                        "measurements[0].startsAt", equalTo("2025-03-03T10:00:00Z"),
                        "criterionMet", equalTo(true));
    }

    @Test
    void shouldNotMeetCriterionWhenLatestSessionFallsShort() {
        String goalId = Goals.create(therapist, clientId, Goals.percent());
        ClinicalRows.measured(clientId, staffId, MONDAY, goalId, "80");
        ClinicalRows.measured(clientId, staffId, MONDAY.plusDays(1), goalId, "90");
        ClinicalRows.measured(clientId, staffId, MONDAY.plusDays(2), goalId, "79.5");

        progress(goalId).body("measurements.reachedTarget", contains(true, true, false), "criterionMet", equalTo(false));
    }

    @Test
    void shouldNotMeetCriterionWithFewerSessionsThanRequired() {
        String goalId = Goals.create(therapist, clientId, Goals.percent());
        progress(goalId).body("measurements", empty(), "criterionMet", equalTo(false));

        ClinicalRows.measured(clientId, staffId, MONDAY, goalId, "95");
        progress(goalId).body("measurements.value", contains(95), "criterionMet", equalTo(false));
    }

    @Test
    void shouldCountLowerValuesAsReachedWhenTargetIsBelowBaseline() {
        Map<String, Object> fewerOutbursts = Goals.goal(Map.of("type", "count"), 6, 2);
        String goalId = Goals.create(therapist, clientId, fewerOutbursts);
        ClinicalRows.measured(clientId, staffId, MONDAY, goalId, "5");
        ClinicalRows.measured(clientId, staffId, MONDAY.plusDays(1), goalId, "2");
        ClinicalRows.measured(clientId, staffId, MONDAY.plusDays(2), goalId, "1");

        progress(goalId).body("measurements.reachedTarget", contains(false, true, true), "criterionMet", equalTo(true));
    }

    @Test
    void shouldCountASessionOnlyWhenAllItsMeasurementsReachTarget() {
        String goalId = Goals.create(therapist, clientId, Goals.percent());
        ClinicalRows.measured(clientId, staffId, MONDAY, goalId, "90");
        UUID mixed = ClinicalRows.session(clientId, staffId, MONDAY.plusDays(1));
        ClinicalRows.measurement(mixed, 0, goalId, "85", null);
        ClinicalRows.measurement(mixed, 1, goalId, "60", "Tired after the procedure");

        progress(goalId).body("measurements.value", contains(90, 85, 60), "criterionMet", equalTo(false));
    }

    @Test
    void shouldShowOnlyThisGoalsMeasurements() {
        String goalId = Goals.create(therapist, clientId, Goals.percent());
        String otherGoal = Goals.create(therapist, clientId, Goals.percent());
        UUID session = ClinicalRows.session(clientId, staffId, MONDAY);
        ClinicalRows.measurement(session, 0, otherGoal, "10", null);
        ClinicalRows.measurement(session, 1, goalId, "50", null);

        progress(goalId).body("measurements.value", contains(50));
    }

    @Test
    void shouldDrawAccessibleChartWithoutNamesOrComments() throws Exception {
        String goalId = Goals.create(therapist, clientId, Goals.percent());
        UUID session = ClinicalRows.session(clientId, staffId, MONDAY);
        ClinicalRows.measurement(session, 0, goalId, "40", "Mila sang with her mother");
        ClinicalRows.measured(clientId, staffId, MONDAY.plusDays(7), goalId, "85");

        String svg = therapist.request().accept("image/svg+xml").get("/api/v1/goals/" + goalId + "/progress").then()
                .statusCode(Status.OK.getStatusCode())
                .contentType("image/svg+xml")
                .extract().asString();

        Document chart = DocumentBuilderFactory.newInstance()
                .newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        assertThat(chart.getDocumentElement().getTagName()).isEqualTo("svg");
        assertThat(chart.getDocumentElement().getAttribute("role")).isEqualTo("img");
        assertThat(chart.getElementsByTagName("title").item(0).getTextContent()).contains("emotional", "percent");
        assertThat(chart.getElementsByTagName("desc").item(0).getTextContent())
                .contains("2 measurements from 2025-03-03 to 2025-03-10", "Target 80");
        assertThat(chart.getElementsByTagName("circle").getLength()).isEqualTo(2);
        assertThat(svg).contains("Session date", "Value (percent)", "Target 80", "Baseline 30")
                .doesNotContain("Mila", "Okafor", "mother");
    }

    private ValidatableResponse progress(String goalId) {
        return therapist.request().get("/api/v1/goals/" + goalId + "/progress").then()
                .statusCode(Status.OK.getStatusCode())
                .contentType("application/json");
    }
}
