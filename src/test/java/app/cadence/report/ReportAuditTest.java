package app.cadence.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import app.cadence.support.Api;
import io.quarkus.test.junit.QuarkusTest;

/** Both reports are audited as exports; the outcome report's event keeps its parameters, and names no one. */
@QuarkusTest
class ReportAuditTest {

    private static final Api SUPERVISOR = Api.newSupervisor();

    @Test
    void shouldRecordEachProgressReportAsAnExportOfTheClient() {
        CourseOfTherapy course = ProgressReportTest.course();
        Api reader = Api.newIntegration();
        reader.request().get(course.report()).then().statusCode(200);
        reader.request().accept("application/pdf").get(course.report()).then().statusCode(200);
        Api outsider = Api.newTherapist();
        outsider.request().get(course.report()).then().statusCode(404);

        List<Map<String, Object>> events = events(reader);
        assertThat(events).hasSize(2).allSatisfy(event -> assertThat(event).containsEntry("action", "export")
                .containsEntry("resourceType", "progress-report").containsEntry("clientId", course.clientId)
                .containsEntry("resourceId", course.clientId).containsEntry("outcome", "success"));
        assertThat(events(outsider)).singleElement().satisfies(event -> assertThat(event)
                .containsEntry("action", "export").containsEntry("outcome", "not-found")
                .containsEntry("clientId", course.clientId));
    }

    @Test
    void shouldRecordEachOutcomeReportAsAnExportWithItsParameters() {
        SUPERVISOR.request().queryParam("from", "2026-01-01").queryParam("to", "2026-06-30")
                .queryParam("facility", "Riverside Children's Hospital").queryParam("unit", "PICU")
                .queryParam("groupBy", "unit").get(OutcomeReportTest.OUTCOMES).then().statusCode(200);
        SUPERVISOR.request().accept("text/csv").queryParam("from", "2026-01-01").queryParam("to", "2026-03-31")
                .queryParam("deidentified", true).get(OutcomeReportTest.OUTCOMES).then().statusCode(200);
        Api ccls = Api.newChildLifeSpecialist();
        ccls.request().queryParam("from", "2026-01-01").queryParam("to", "2026-01-31")
                .get(OutcomeReportTest.OUTCOMES).then().statusCode(403);

        List<Map<String, Object>> events = events(SUPERVISOR);
        assertThat(events).hasSize(2).allSatisfy(event -> assertThat(event).containsEntry("action", "export")
                .containsEntry("resourceType", "outcome-report").containsEntry("outcome", "success")
                .doesNotContainKey("clientId"));
        // Newest first.
        assertThat(events.get(0).get("detail")).isEqualTo(Map.of("from", "2026-01-01", "to", "2026-03-31",
                "deidentified", true, "format", "csv"));
        assertThat(events.get(1).get("detail")).isEqualTo(Map.of("from", "2026-01-01", "to", "2026-06-30",
                "facility", "Riverside Children's Hospital", "unit", "PICU", "groupBy", "unit", "deidentified", false,
                "format", "json"));
        assertThat(events(ccls)).singleElement().satisfies(event -> assertThat(event)
                .containsEntry("action", "export").containsEntry("outcome", "denied")
                .containsEntry("detail", Map.of("from", "2026-01-01", "to", "2026-01-31", "deidentified", false,
                        "format", "json")));
    }

    private static List<Map<String, Object>> events(Api actor) {
        return SUPERVISOR.request().queryParam("actor", actor.subject()).queryParam("limit", 100)
                .get("/api/v1/audit-events").then().statusCode(200).extract().jsonPath()
                .getList("items.findAll { it.action == 'export' }");
    }
}
