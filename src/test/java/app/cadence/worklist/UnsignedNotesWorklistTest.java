package app.cadence.worklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.core.Response.Status;

import org.junit.jupiter.api.Test;

import app.cadence.session.Pages;
import app.cadence.session.SessionFixtures;
import app.cadence.session.SqlStatements;
import app.cadence.support.Api;
import app.cadence.support.Clients;
import app.cadence.support.Sql;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class UnsignedNotesWorklistTest {

    private static final String WORKLIST = "/api/v1/worklist/unsigned-notes";

    private final Api therapist = Api.newTherapist();
    private final Api supervisor = Api.newSupervisor();

    @Test
    void shouldListTherapistsOwnCompletedSessionsWithoutSignedNoteOldestFirst() {
        String clientId = Clients.create(therapist, Clients.child("Ada", "Nwosu"));
        String later = SessionFixtures.create(therapist, clientId, SessionFixtures.completed("2024-05-03T10:00:00Z"));
        String earlier = SessionFixtures.create(therapist, clientId, SessionFixtures.completed("2024-05-01T10:00:00Z"));
        String drafted = SessionFixtures.create(therapist, clientId, SessionFixtures.completed("2024-05-02T10:00:00Z"));
        SessionFixtures.note(drafted, therapist.staffId(), false);
        String signed = SessionFixtures.create(therapist, clientId, SessionFixtures.completed("2024-04-30T10:00:00Z"));
        SessionFixtures.note(signed, therapist.staffId(), true);
        SessionFixtures.create(therapist, clientId, SessionFixtures.scheduled("2024-04-29T10:00:00Z"));
        Map<String, Object> cancelled = SessionFixtures.scheduled("2024-04-28T10:00:00Z");
        cancelled.put("status", "cancelled");
        cancelled.put("cancellationReason", "asleep");
        SessionFixtures.create(therapist, clientId, cancelled);

        Api colleague = Api.newTherapist();
        String sharedClient = Clients.create(colleague);
        SessionFixtures.create(colleague, sharedClient, SessionFixtures.completed("2024-04-01T10:00:00Z"));

        therapist.request().get(WORKLIST).then()
                .statusCode(Status.OK.getStatusCode())
                .body("items.sessionId", equalTo(List.of(earlier, drafted, later)))
                .body("items.noteStatus", equalTo(List.of("none", "draft", "none")))
                .body("items[0].clientId", equalTo(clientId))
                .body("items[0].clientName", equalTo("Ada Nwosu"))
                .body("items[0].startsAt", equalTo("2024-05-01T10:00:00Z"))
                .body("items[0].therapistId", equalTo(therapist.staffId()));
    }

    @Test
    void shouldPageOldestFirstShowingEachSessionOnce() {
        String clientId = Clients.create(therapist);
        List<String> created = new ArrayList<>();
        for (int day = 5; day >= 1; day--) {
            created.add(0, SessionFixtures.create(therapist, clientId, SessionFixtures.completed("2024-06-0" + day + "T08:00:00Z")));
        }
        therapist.staffId();

        List<String> seen = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            var request = therapist.request().queryParam("limit", 2);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            SqlStatements.reset();
            JsonPath page = request.get(WORKLIST).then().statusCode(Status.OK.getStatusCode()).extract().jsonPath();
            assertThat(SqlStatements.count()).as("statements per page").isBetween(1, 3);
            seen.addAll(page.getList("items.sessionId"));
            cursor = page.getString("nextCursor");
            pages++;
        } while (cursor != null && pages < 10);

        assertThat(pages).isEqualTo(3);
        assertThat(seen).isEqualTo(created);
    }

    @Test
    void shouldDropSessionOnceNoteIsSigned() {
        String clientId = Clients.create(therapist);
        String sessionId = SessionFixtures.create(therapist, clientId, SessionFixtures.completed("2024-05-01T10:00:00Z"));
        therapist.request().get(WORKLIST).then().body("items.sessionId", equalTo(List.of(sessionId)));

        SessionFixtures.note(sessionId, therapist.staffId(), true);
        therapist.request().get(WORKLIST).then()
                .statusCode(Status.OK.getStatusCode())
                .body("items", hasSize(0));
    }

    @Test
    void shouldHideSessionsOfClientsTherapistNoLongerCaresFor() {
        String clientId = Clients.create(therapist);
        String sessionId = SessionFixtures.create(therapist, clientId, SessionFixtures.completed("2024-05-01T10:00:00Z"));
        String memberId = supervisor.request().get("/api/v1/clients/" + clientId + "/care-team").then()
                .extract().path("items[0].id");
        supervisor.request().delete("/api/v1/clients/" + clientId + "/care-team/" + memberId).then()
                .statusCode(Status.NO_CONTENT.getStatusCode());

        therapist.request().get(WORKLIST).then().body("items", hasSize(0));
        supervisor.request().queryParam("therapistId", therapist.staffId()).get(WORKLIST).then()
                .body("items.sessionId", equalTo(List.of(sessionId)));
    }

    @Test
    void shouldShowSupervisorEveryonesSessionsAndFilterByTherapist() {
        Api colleague = Api.newTherapist();
        String mine = SessionFixtures.create(therapist, Clients.create(therapist), SessionFixtures.completed("2024-05-01T10:00:00Z"));
        String theirs = SessionFixtures.create(colleague, Clients.create(colleague), SessionFixtures.completed("2024-05-02T10:00:00Z"));

        supervisor.request().queryParam("therapistId", therapist.staffId()).get(WORKLIST).then()
                .statusCode(Status.OK.getStatusCode())
                .body("items.sessionId", equalTo(List.of(mine)));
        supervisor.request().queryParam("therapistId", colleague.staffId()).get(WORKLIST).then()
                .body("items.sessionId", equalTo(List.of(theirs)))
                .body("items[0].therapistId", equalTo(colleague.staffId()));

        List<String> everyone = Pages.field(Pages.all(supervisor, WORKLIST, 100, Map.of()), "sessionId");
        assertThat(everyone).contains(mine, theirs).doesNotHaveDuplicates();

        // A therapist's worklist is always their own: asking for a colleague's shows nothing.
        therapist.request().queryParam("therapistId", colleague.staffId()).get(WORKLIST).then()
                .statusCode(Status.OK.getStatusCode())
                .body("items", hasSize(0));
    }

    @Test
    void shouldForbidWorklistToChildLifeSpecialistAndIntegration() {
        for (Api caller : new Api[] { Api.newChildLifeSpecialist(), Api.newIntegration() }) {
            caller.request().get(WORKLIST).then()
                    .statusCode(Status.FORBIDDEN.getStatusCode())
                    .contentType("application/problem+json");
        }
    }

    @Test
    void shouldLeaveOutClientsEnteredInError() {
        String clientId = Clients.create(therapist);
        SessionFixtures.create(therapist, clientId, SessionFixtures.completed("2024-05-01T10:00:00Z"));
        Sql.clientStatus(clientId, "entered-in-error");
        therapist.request().get(WORKLIST).then().body("items", hasSize(0));
    }

    @Test
    void shouldRejectMalformedTherapistFilter() {
        supervisor.request().queryParam("therapistId", "not-a-uuid").get(WORKLIST).then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("therapistId"));
    }
}
