package app.cadence.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.core.Response.Status;

import org.junit.jupiter.api.Test;

import app.cadence.support.Api;
import app.cadence.support.Clients;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class SessionListTest {

    private static final int UNPROCESSABLE = 422;

    private final Api therapist = Api.newTherapist();

    @Test
    void shouldListNewestFirstAndShowEachSessionOnceAcrossPages() {
        String clientId = Clients.create(therapist);
        List<String> starts = List.of("2024-05-03T09:00:00Z", "2024-05-01T09:00:00Z", "2024-05-05T09:00:00Z",
                "2024-05-02T09:00:00Z", "2024-05-04T09:00:00Z");
        starts.forEach(start -> SessionFixtures.create(therapist, clientId, SessionFixtures.completed(start)));

        List<JsonPath> pages = Pages.all(therapist, SessionTest.sessions(clientId), 2, Map.of());

        assertThat(pages).map(page -> page.getList("items").size()).containsExactly(2, 2, 1);
        assertThat(Pages.field(pages, "startsAt")).containsExactly("2024-05-05T09:00:00Z", "2024-05-04T09:00:00Z", "2024-05-03T09:00:00Z",
                "2024-05-02T09:00:00Z", "2024-05-01T09:00:00Z");
    }

    @Test
    void shouldPageSessionsStartingAtTheSameTimeByIdWithoutLosingAny() {
        String clientId = Clients.create(therapist);
        List<String> created = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            created.add(SessionFixtures.create(therapist, clientId, SessionFixtures.completed("2024-05-02T10:00:00Z")));
        }
        List<String> seen = Pages.field(Pages.all(therapist, SessionTest.sessions(clientId), 1, Map.of()), "id");

        assertThat(seen).containsExactlyElementsOf(created.stream().sorted().toList().reversed());
    }

    @Test
    void shouldFilterByStartTimeFromInclusiveToExclusive() {
        String clientId = Clients.create(therapist);
        for (String start : new String[] { "2024-04-30T23:59:59Z", "2024-05-01T00:00:00Z", "2024-05-15T12:00:00Z",
                "2024-06-01T00:00:00Z" }) {
            SessionFixtures.create(therapist, clientId, SessionFixtures.completed(start));
        }

        therapist.request().queryParam("from", "2024-05-01T00:00:00Z").queryParam("to", "2024-06-01T00:00:00Z")
                .get(SessionTest.sessions(clientId)).then()
                .statusCode(Status.OK.getStatusCode())
                .body("items.startsAt", equalTo(List.of("2024-05-15T12:00:00Z", "2024-05-01T00:00:00Z")));
        // The same instant written with an offset; '+' must be URL-encoded, but an unencoded one is understood too.
        therapist.request().urlEncodingEnabled(false).queryParam("from", "2024-05-15T14:00:00%2B02:00")
                .get(SessionTest.sessions(clientId)).then()
                .body("items.startsAt", equalTo(List.of("2024-06-01T00:00:00Z", "2024-05-15T12:00:00Z")));
        therapist.request().urlEncodingEnabled(false).queryParam("to", "2024-05-01T02:00:00+02:00")
                .get(SessionTest.sessions(clientId)).then()
                .body("items.startsAt", equalTo(List.of("2024-04-30T23:59:59Z")));
    }

    @Test
    void shouldRejectBadWindowAndCursor() {
        String clientId = Clients.create(therapist);
        therapist.request().queryParam("from", "2024-06-01T00:00:00Z").queryParam("to", "2024-05-01T00:00:00Z")
                .get(SessionTest.sessions(clientId)).then()
                .statusCode(UNPROCESSABLE)
                .body("violations[0].field", equalTo("from"));
        therapist.request().queryParam("from", "2024-05-01").get(SessionTest.sessions(clientId)).then()
                .statusCode(UNPROCESSABLE)
                .body("violations[0].field", equalTo("from"));
        therapist.request().queryParam("to", "yesterday").get(SessionTest.sessions(clientId)).then()
                .statusCode(UNPROCESSABLE)
                .body("violations[0].field", equalTo("to"));
        therapist.request().queryParam("cursor", "bm90LWEtY3Vyc29y").get(SessionTest.sessions(clientId)).then()
                .statusCode(Status.BAD_REQUEST.getStatusCode())
                .contentType("application/problem+json");
        therapist.request().queryParam("limit", 101).get(SessionTest.sessions(clientId)).then()
                .statusCode(UNPROCESSABLE)
                .body("violations[0].field", equalTo("limit"));
    }

    @Test
    void shouldListWithinThreeStatementsWhateverThePageSize() {
        String clientId = Clients.create(therapist);
        String goalId = SessionFixtures.percentGoal(clientId);
        for (int day = 1; day <= 12; day++) {
            var body = SessionFixtures.completed("2024-05-%02dT10:00:00Z".formatted(day));
            body.put("interventions", List.of(SessionFixtures.intervention("drumming"), SessionFixtures.intervention("lullaby")));
            body.put("measurements", List.of(SessionFixtures.measurement(goalId, day * 5)));
            String sessionId = SessionFixtures.create(therapist, clientId, body);
            if (day % 3 == 0) {
                SessionFixtures.note(sessionId, therapist.staffId(), day % 2 == 0);
            }
        }
        therapist.staffId();

        for (int limit : new int[] { 1, 5, 100 }) {
            SqlStatements.reset();
            firstPage(therapist, clientId, limit);
            assertThat(SqlStatements.count()).as("statements for limit %d", limit).isBetween(1, 3);
        }
        JsonPath all = firstPage(therapist, clientId, 100);
        assertThat(all.getList("items")).hasSize(12);
        assertThat(all.getList("items.noteStatus")).containsOnly("none", "draft", "signed");
        assertThat(all.getList("items[0].interventions.code")).containsExactly("drumming", "lullaby");
        assertThat(all.getInt("items[0].measurements[0].value")).isEqualTo(60);
    }

    private static JsonPath firstPage(Api caller, String clientId, int limit) {
        return caller.request().queryParam("limit", limit).get(SessionTest.sessions(clientId)).then()
                .statusCode(Status.OK.getStatusCode()).extract().jsonPath();
    }
}
