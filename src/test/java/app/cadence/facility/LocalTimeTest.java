package app.cadence.facility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;

import org.junit.jupiter.api.Test;

import app.cadence.session.SessionFixtures;
import app.cadence.support.Api;
import app.cadence.support.Clients;
import app.cadence.support.Facilities;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * Issue 14, local time: a session comes back with the offset it was sent with, and reports show its
 * day in the time zone of the client's facility (the test program's own zone is New York).
 */
@QuarkusTest
class LocalTimeTest {

    private final Api therapist = Api.newTherapist();

    @Test
    void shouldReturnTheOffsetASessionWasSentWith() {
        String client = client(Facilities.ensure("NYC-" + System.nanoTime(), "America/New_York"));
        Map<String, Object> body = SessionFixtures.completed("2026-03-10T21:00:00-05:00");
        body.put("endsAt", "2026-03-10T21:40:00-05:00");
        String session = SessionFixtures.create(therapist, client, body);
        therapist.request().get("/api/v1/sessions/" + session).then().statusCode(200)
                .body("startsAt", equalTo("2026-03-10T21:00:00-05:00"), "endsAt", equalTo("2026-03-10T21:40:00-05:00"));
        therapist.request().get("/api/v1/clients/" + client + "/sessions").then().statusCode(200)
                .body("items[0].startsAt", equalTo("2026-03-10T21:00:00-05:00"));
        // Another offset for the same instant is kept as sent too.
        body.put("startsAt", "2026-03-11T07:30:00+05:30");
        body.put("endsAt", "2026-03-11T08:10:00+05:30");
        String second = SessionFixtures.create(therapist, client, body);
        therapist.request().get("/api/v1/sessions/" + second).then().statusCode(200)
                .body("startsAt", equalTo("2026-03-11T07:30:00+05:30"));
        // The worklist of unsigned notes shows them as sent too.
        therapist.request().get("/api/v1/worklist/unsigned-notes").then().statusCode(200)
                .body("items.startsAt", equalTo(java.util.List.of("2026-03-10T21:00:00-05:00", "2026-03-11T07:30:00+05:30")));
    }

    @Test
    void shouldShowAnEveningSessionOnItsLocalDayInTheProgressReport() {
        String client = client(Facilities.ensure("NYC-" + System.nanoTime(), "America/New_York"));
        signed(client, "2026-03-10T21:00:00-05:00");
        JsonPath report = progress(client);
        assertThat(report.getString("period.timeZone")).isEqualTo("America/New_York");
        assertThat(report.getString("sessions.first")).isEqualTo("2026-03-10");
    }

    @Test
    void shouldReadDatesInTheFacilitysOwnTimeZoneNotTheProgramsAlone() {
        // 01:30 in New York (the program's zone) is still 22:30 the day before in Los Angeles.
        String client = client(Facilities.ensure("LAX-" + System.nanoTime(), "America/Los_Angeles"));
        signed(client, "2026-03-11T01:30:00-05:00");
        JsonPath report = progress(client);
        assertThat(report.getString("period.timeZone")).isEqualTo("America/Los_Angeles");
        assertThat(report.getString("sessions.first")).isEqualTo("2026-03-10");
    }

    /** A completed session with a signed note: what the progress report counts as delivered. */
    private void signed(String client, String startsAt) {
        String session = SessionFixtures.create(therapist, client, SessionFixtures.completed(startsAt));
        SessionFixtures.note(session, therapist.staffId(), true);
    }

    private String client(String facility) {
        Map<String, Object> child = Clients.child();
        child.put("facility", facility);
        child.put("status", "active");
        return Clients.create(therapist, child);
    }

    private JsonPath progress(String client) {
        return therapist.request().queryParam("from", "2026-03-01").queryParam("to", "2026-03-31")
                .get("/api/v1/clients/" + client + "/progress-report").then().statusCode(200).extract().jsonPath();
    }
}
