package app.cadence.report;

import static app.cadence.report.OutcomeReportTest.assertCount;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.startsWith;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.ws.rs.core.Response.Status;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import app.cadence.session.SessionFixtures;
import app.cadence.support.Api;
import app.cadence.support.Clients;
import app.cadence.support.Sql;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * The outcome report's group sessions and reasons for missed sessions (issue 13), on one month of a
 * small unit of its own:
 *
 * <pre>
 * Tue 10 Mar  group G1: C1 completed, C2 completed
 * Tue 17 Mar  group G2: C1 completed, C2 no-show (asleep)
 * Tue 24 Mar  group G3: C1 cancelled (isolation), C2 cancelled (isolation): nobody attended, not counted
 * Wed 11 Mar  C1 alone: cancelled (therapist-unavailable)
 * Thu 12 Mar  C2 alone: cancelled, recorded before reasons were required (no reason): not-recorded
 * </pre>
 */
@QuarkusTest
class OutcomeGroupSessionsTest {

    private static final String FROM = "2026-03-01";
    private static final String TO = "2026-03-31";

    private final Api supervisor = Api.newSupervisor();
    private final Api therapist = Api.newTherapist();
    private final String facility = "Lakeside Children's " + UUID.randomUUID();

    @Test
    void shouldCountGroupSessionsOnceAndMissedSessionsByReason() throws IOException {
        String c1 = child();
        String c2 = child();
        group("2026-03-10T15:00:00-04:00", participant(c1, "completed", null), participant(c2, "completed", null));
        group("2026-03-17T15:00:00-04:00", participant(c1, "completed", null), participant(c2, "no-show", "asleep"));
        group("2026-03-24T15:00:00-04:00", participant(c1, "cancelled", "isolation"), participant(c2, "cancelled", "isolation"));
        alone(c1, "2026-03-11T10:00:00-04:00", "therapist-unavailable");
        String old = alone(c2, "2026-03-12T10:00:00-04:00", "other");
        Sql.execute("update session set cancellation_reason = null where id = ?", UUID.fromString(old));

        JsonPath report = supervisor.request().queryParam("from", FROM).queryParam("to", TO)
                .queryParam("facility", facility).queryParam("groupBy", "month").get(OutcomeReportTest.OUTCOMES).then()
                .statusCode(Status.OK.getStatusCode()).extract().jsonPath();
        for (String figures : List.of("total", "groups[0]")) {
            // Each participant's attended session counts as a session; the group sessions count once each.
            assertCount(report, figures + ".sessions.completed", 3, 2);
            assertCount(report, figures + ".sessions.byKind.group", 3, 2);
            assertCount(report, figures + ".sessions.groupSessions", 2, 2);
            assertCount(report, figures + ".sessions.cancelled", 4, 2);
            assertCount(report, figures + ".sessions.cancelledByReason.isolation", 2, 2);
            assertCount(report, figures + ".sessions.cancelledByReason.therapist-unavailable", 1, 1);
            assertCount(report, figures + ".sessions.cancelledByReason.not-recorded", 1, 1);
            assertCount(report, figures + ".sessions.cancelledByReason.other", 0, 0);
            assertCount(report, figures + ".sessions.noShow", 1, 1);
            assertCount(report, figures + ".sessions.noShowByReason.asleep", 1, 1);
        }

        String csv = supervisor.request().accept("text/csv").queryParam("from", FROM).queryParam("to", TO)
                .queryParam("facility", facility).get(OutcomeReportTest.OUTCOMES).then()
                .statusCode(Status.OK.getStatusCode()).contentType(startsWith("text/csv")).extract().asString();
        try (CSVParser parser = CSVParser.parse(csv, CSVFormat.RFC4180.builder().setHeader().get())) {
            CSVRecord total = parser.getRecords().get(0);
            assertThat(total.get("group_sessions")).isEqualTo("2");
            assertThat(total.get("sessions_group")).isEqualTo("3");
            assertThat(total.get("cancelled_isolation")).isEqualTo("2");
            assertThat(total.get("cancelled_not_recorded")).isEqualTo("1");
            assertThat(total.get("no_show_asleep")).isEqualTo("1");
        }
    }

    private String child() {
        Map<String, Object> body = Clients.child();
        body.put("facility", app.cadence.support.Facilities.ensure(facility));
        return Clients.create(therapist, body);
    }

    @SafeVarargs
    private void group(String startsAt, Map<String, Object>... participants) {
        Map<String, Object> body = new java.util.LinkedHashMap<>();
        body.put("startsAt", startsAt);
        body.put("endsAt", java.time.OffsetDateTime.parse(startsAt).plusMinutes(45).toString());
        body.put("setting", "playroom");
        body.put("interventions", List.of(SessionFixtures.intervention("drumming")));
        body.put("participants", List.of(participants));
        therapist.request().body(body).post("/api/v1/group-sessions").then().statusCode(Status.CREATED.getStatusCode());
    }

    private static Map<String, Object> participant(String clientId, String status, String reason) {
        Map<String, Object> participant = new java.util.LinkedHashMap<>();
        participant.put("clientId", clientId);
        participant.put("status", status);
        if (reason != null) {
            participant.put("cancellationReason", reason);
        }
        return participant;
    }

    private String alone(String clientId, String startsAt, String reason) {
        Map<String, Object> body = SessionFixtures.scheduled(startsAt);
        body.put("status", "cancelled");
        body.put("cancellationReason", reason);
        return SessionFixtures.create(therapist, clientId, body);
    }
}
