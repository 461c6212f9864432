package app.cadence.scheduling;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasItem;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.core.Response.Status;

import org.junit.jupiter.api.Test;

import app.cadence.session.SessionFixtures;
import app.cadence.support.Api;
import app.cadence.support.Clients;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Scheduling (issue 13): sessions planned ahead, cancellations and no-shows with their reason, and
 * a therapist's day in the program's time zone (America/New_York in tests).
 */
@QuarkusTest
class SchedulingTest {

    private final Api therapist = Api.newTherapist();
    private final Api supervisor = Api.newSupervisor();

    @Test
    void shouldRequireAReasonForCancelledAndNoShowSessionsOnly() {
        String clientId = Clients.create(therapist);
        String sessions = "/api/v1/clients/" + clientId + "/sessions";
        for (String status : List.of("cancelled", "no-show")) {
            Map<String, Object> missed = SessionFixtures.scheduled("2025-05-06T10:00:00-04:00");
            missed.put("status", status);
            therapist.request().body(missed).post(sessions).then().statusCode(422)
                    .contentType("application/problem+json").body("violations.field", equalTo(List.of("cancellationReason")));
            missed.put("cancellationReason", "therapist-unavailable");
            therapist.request().body(missed).post(sessions).then().statusCode(Status.CREATED.getStatusCode())
                    .body("status", equalTo(status), "cancellationReason", equalTo("therapist-unavailable"));
        }
        Map<String, Object> planned = SessionFixtures.scheduled("2025-05-07T10:00:00-04:00");
        planned.put("cancellationReason", "asleep");
        therapist.request().body(planned).post(sessions).then().statusCode(422)
                .body("violations.field", equalTo(List.of("cancellationReason")));
        Map<String, Object> completed = SessionFixtures.completed("2025-05-07T10:00:00-04:00");
        completed.put("cancellationReason", "asleep");
        therapist.request().body(completed).post(sessions).then().statusCode(422)
                .body("violations.field", equalTo(List.of("cancellationReason")));
        Map<String, Object> unknown = SessionFixtures.scheduled("2025-05-07T10:00:00-04:00");
        unknown.put("status", "cancelled");
        unknown.put("cancellationReason", "rain");
        therapist.request().body(unknown).post(sessions).then().statusCode(422).contentType("application/problem+json");

        // A planned session is cancelled later, with its reason.
        planned.remove("cancellationReason");
        String sessionId = SessionFixtures.create(therapist, clientId, planned);
        Map<String, Object> cancelled = SessionFixtures.scheduled("2025-05-07T10:00:00-04:00");
        cancelled.put("status", "cancelled");
        therapist.request().header("If-Match", "\"0\"").body(cancelled).put("/api/v1/sessions/" + sessionId).then()
                .statusCode(422).body("violations.field", equalTo(List.of("cancellationReason")));
        cancelled.put("cancellationReason", "procedure");
        therapist.request().header("If-Match", "\"0\"").body(cancelled).put("/api/v1/sessions/" + sessionId).then()
                .statusCode(Status.OK.getStatusCode()).body("cancellationReason", equalTo("procedure"));
    }

    @Test
    void shouldShowATherapistsDayInTheProgramTimeZone() {
        String clientId = Clients.create(therapist);
        String other = Clients.create(therapist);
        String late = SessionFixtures.create(therapist, clientId, SessionFixtures.scheduled("2024-11-12T23:30:00-05:00"));
        String early = SessionFixtures.create(therapist, other, SessionFixtures.completed("2024-11-12T08:00:00Z"));
        // 01:00 UTC on the 12th is still the 11th in New York; 05:30 UTC on the 13th is the 13th.
        String dayBefore = SessionFixtures.create(therapist, clientId, SessionFixtures.scheduled("2024-11-12T01:00:00Z"));
        SessionFixtures.create(therapist, clientId, SessionFixtures.scheduled("2024-11-13T05:30:00Z"));
        Map<String, Object> cancelled = SessionFixtures.scheduled("2024-11-12T12:00:00-05:00");
        cancelled.put("status", "cancelled");
        cancelled.put("cancellationReason", "asleep");
        SessionFixtures.create(therapist, clientId, cancelled);
        // A colleague on the same child's team: their session is on their day, not on this therapist's.
        Api colleague = Api.newTherapist();
        supervisor.request().body(Map.of("staffId", colleague.staffId(), "role", "therapist"))
                .post("/api/v1/clients/" + clientId + "/care-team").then().statusCode(Status.CREATED.getStatusCode());
        String colleagues = SessionFixtures.create(colleague, clientId, SessionFixtures.scheduled("2024-11-12T10:00:00-05:00"));

        therapist.request().queryParam("date", "2024-11-12").get("/api/v1/agenda").then()
                .statusCode(Status.OK.getStatusCode())
                .body("date", equalTo("2024-11-12"), "timeZone", equalTo("America/New_York"), "truncated", equalTo(false),
                        "items.sessionId", equalTo(List.of(early, late)),
                        "items[0].startsAt", equalTo("2024-11-12T03:00:00-05:00"),
                        "items[0].endsAt", equalTo("2024-11-12T03:40:00-05:00"),
                        "items[0].status", equalTo("completed"), "items[0].clientName", equalTo("Mila Okafor"),
                        "items[1].startsAt", equalTo("2024-11-12T23:30:00-05:00"), "items[1].status", equalTo("scheduled"),
                        "items[1].setting", equalTo("playroom"), "items[1].clientId", equalTo(clientId));
        therapist.request().queryParam("date", "2024-11-11").get("/api/v1/agenda").then()
                .body("items.sessionId", equalTo(List.of(dayBefore)));
        colleague.request().queryParam("date", "2024-11-12").get("/api/v1/agenda").then()
                .body("items.sessionId", equalTo(List.of(colleagues)));
        // A supervisor's day holds everyone's sessions of that day, and only that day.
        supervisor.request().queryParam("date", "2024-11-12").get("/api/v1/agenda").then()
                .statusCode(Status.OK.getStatusCode()).body("items.sessionId", hasItems(early, late, colleagues))
                .body("items.sessionId", not(hasItem(dayBefore)));
    }

    @Test
    void shouldRefuseTheAgendaToRolesWithoutASchedule() {
        Api.newChildLifeSpecialist().request().get("/api/v1/agenda").then().statusCode(Status.FORBIDDEN.getStatusCode());
        Api.newIntegration().request().get("/api/v1/agenda").then().statusCode(Status.FORBIDDEN.getStatusCode());
        therapist.request().queryParam("date", "12/11/2024").get("/api/v1/agenda").then().statusCode(422)
                .contentType("application/problem+json").body("violations[0].field", equalTo("date"));
        therapist.request().get("/api/v1/agenda").then().statusCode(Status.OK.getStatusCode())
                .body("date", equalTo(LocalDate.now(ZoneId.of("America/New_York")).toString()));
    }
}
