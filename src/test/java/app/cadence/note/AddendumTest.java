package app.cadence.note;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.ws.rs.core.Response.Status;

import org.junit.jupiter.api.Test;

import app.cadence.note.NoteFixtures.Team;
import app.cadence.support.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** Addenda: signed on creation by a care-team therapist or CCLS, listed oldest first, never changed. */
@QuarkusTest
class AddendumTest {

    private static final String CCLS_OBSERVATION = "Back on the unit she hummed the song during her IV start; "
            + "mother said \"that's her song now\".";
    private static final String THERAPIST_ADDENDUM = "Correction: the session lasted 35 minutes, not 30.";
    private static final String CO_THERAPIST_ADDENDUM = "PT reports improved tolerance of positioning.";

    @Test
    void shouldAppendSignedAddendaOldestFirst() {
        Team team = NoteFixtures.team();
        NoteFixtures.signed(team);
        String noteId = team.author().request().get(team.note()).path("id");

        Response observation = team.ccls().request().body(Map.of("text", CCLS_OBSERVATION)).post(team.note() + "/addenda");
        observation.then().statusCode(Status.CREATED.getStatusCode())
                .body("noteId", equalTo(noteId), "authorId", equalTo(team.ccls().staffId()),
                        "authorRole", equalTo("child-life-specialist"), "text", equalTo(CCLS_OBSERVATION),
                        "contentSha256", matchesPattern("^[0-9a-f]{64}$"));
        Map<String, Object> first = observation.jsonPath().getMap("");
        assertThat(first.get("contentSha256")).isEqualTo(SignedNotes.addendumHash(first));
        team.integration().request().get(observation.header("Location")).then().statusCode(Status.OK.getStatusCode());
        assertThat(team.integration().request().get(observation.header("Location")).jsonPath().getMap(""))
                .isEqualTo(first);

        team.author().request().body(Map.of("text", THERAPIST_ADDENDUM)).post(team.note() + "/addenda").then()
                .statusCode(Status.CREATED.getStatusCode())
                .body("authorRole", equalTo("primary-therapist"), "authorId", equalTo(team.author().staffId()));
        team.coTherapist().request().body(Map.of("text", CO_THERAPIST_ADDENDUM)).post(team.note() + "/addenda").then()
                .statusCode(Status.CREATED.getStatusCode())
                .body("authorRole", equalTo("therapist"));

        for (Api reader : new Api[] { team.ccls(), team.integration(), team.supervisor() }) {
            Response note = reader.request().get(team.note());
            note.then().statusCode(Status.OK.getStatusCode())
                    .body("addenda.text", equalTo(List.of(CCLS_OBSERVATION, THERAPIST_ADDENDUM, CO_THERAPIST_ADDENDUM)))
                    .body("addenda[0]", equalTo(first));
            List<Map<String, Object>> addenda = note.jsonPath().getList("addenda");
            addenda.forEach(a -> assertThat(a.get("contentSha256")).isEqualTo(SignedNotes.addendumHash(a)));
        }
    }

    @Test
    void shouldRefuseAddendaFromSupervisorAndIntegrationAndStoreNothing() {
        Team team = NoteFixtures.team();
        NoteFixtures.signed(team);
        for (Api refused : new Api[] { team.supervisor(), team.integration() }) {
            refused.request().body(Map.of("text", "Reviewed")).post(team.note() + "/addenda").then()
                    .statusCode(Status.FORBIDDEN.getStatusCode())
                    .contentType("application/problem+json");
        }
        team.offTeamCcls().request().body(Map.of("text", "Reviewed")).post(team.note() + "/addenda").then()
                .statusCode(Status.NOT_FOUND.getStatusCode());
        team.supervisor().request().get(team.note()).then().body("addenda", empty());
    }

    @Test
    void shouldRefuseAddendumOnDraft() {
        Team team = NoteFixtures.team();
        NoteFixtures.draft(team);
        for (Api caller : new Api[] { team.ccls(), team.author() }) {
            caller.request().body(Map.of("text", CCLS_OBSERVATION)).post(team.note() + "/addenda").then()
                    .statusCode(Status.CONFLICT.getStatusCode())
                    .contentType("application/problem+json");
        }
        team.author().request().post(team.note() + "/sign").then().statusCode(Status.OK.getStatusCode())
                .body("addenda", empty());
    }

    @Test
    void shouldRefuseInvalidAddendumTextAndStoreNothing() {
        Team team = NoteFixtures.team();
        NoteFixtures.signed(team);

        for (Map<String, Object> body : List.<Map<String, Object>>of(Map.of("text", "   "), Map.of(),
                Map.of("text", "x".repeat(8001)))) {
            team.ccls().request().body(body).post(team.note() + "/addenda").then()
                    .statusCode(422)
                    .contentType("application/problem+json")
                    .body("violations[0].field", equalTo("text"));
        }
        team.ccls().request().body(Map.of("text", "Observation", "authorRole", "supervisor"))
                .post(team.note() + "/addenda").then().statusCode(Status.BAD_REQUEST.getStatusCode());
        team.ccls().request().get(team.note()).then().body("addenda", empty());

        team.ccls().request().body(Map.of("text", "x".repeat(8000))).post(team.note() + "/addenda").then()
                .statusCode(Status.CREATED.getStatusCode());
        team.ccls().request().get(team.note()).then().body("addenda", hasSize(1));
    }

    @Test
    void shouldNeverChangeAnAddendum() {
        Team team = NoteFixtures.team();
        NoteFixtures.signed(team);
        String location = team.ccls().request().body(Map.of("text", CCLS_OBSERVATION)).post(team.note() + "/addenda")
                .then().statusCode(Status.CREATED.getStatusCode()).extract().header("Location");

        team.ccls().request().body(Map.of("text", "Rewritten")).put(location).then()
                .statusCode(Status.METHOD_NOT_ALLOWED.getStatusCode());
        team.ccls().request().delete(location).then().statusCode(Status.METHOD_NOT_ALLOWED.getStatusCode());
        team.ccls().request().get(location).then().statusCode(Status.OK.getStatusCode())
                .body("text", equalTo(CCLS_OBSERVATION));
    }

    @Test
    void shouldAddOneAddendumForRetryWithSameIdempotencyKey() {
        Team team = NoteFixtures.team();
        NoteFixtures.signed(team);
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = Map.of("text", CCLS_OBSERVATION);

        String first = team.ccls().request().header("Idempotency-Key", key).body(body).post(team.note() + "/addenda")
                .then().statusCode(Status.CREATED.getStatusCode()).extract().header("Location");
        String retry = team.ccls().request().header("Idempotency-Key", key).body(body).post(team.note() + "/addenda")
                .then().statusCode(Status.CREATED.getStatusCode()).header("Idempotency-Replayed", "true")
                .extract().header("Location");

        assertThat(retry).isEqualTo(first);
        team.ccls().request().get(team.note()).then().body("addenda", hasSize(1));
    }

    @Test
    void shouldFindAddendumOnlyUnderItsOwnSession() {
        Team team = NoteFixtures.team();
        NoteFixtures.signed(team);
        String addendumId = team.ccls().request().body(Map.of("text", CCLS_OBSERVATION)).post(team.note() + "/addenda")
                .then().statusCode(Status.CREATED.getStatusCode()).extract().path("id");
        String otherSession = NoteFixtures.session(team.clientId(), team.author().staffId(), "completed");
        NoteFixtures.signed(team.withSession(otherSession));

        team.ccls().request().get("/api/v1/sessions/" + otherSession + "/note/addenda/" + addendumId).then()
                .statusCode(Status.NOT_FOUND.getStatusCode());
        team.offTeamCcls().request().get(team.note() + "/addenda/" + addendumId).then()
                .statusCode(Status.NOT_FOUND.getStatusCode());
        team.ccls().request().get(team.note() + "/addenda/" + addendumId).then()
                .statusCode(Status.OK.getStatusCode());
    }
}
