package app.cadence.note;

import static app.cadence.note.NoteFixtures.soap;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;
import java.util.UUID;

import jakarta.ws.rs.core.Response.Status;

import org.junit.jupiter.api.Test;

import app.cadence.note.NoteFixtures.Team;
import app.cadence.support.Api;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Who sees a note: drafts the care team's therapists and supervisors; signed notes also the team's
 * child life specialists and integrations. Outside the care team a session answers as a missing one.
 */
@QuarkusTest
class NoteAccessTest {

    @Test
    void shouldShowDraftToTeamTherapistsAndSupervisorsOnly() {
        Team team = NoteFixtures.team();
        NoteFixtures.draft(team);

        for (Api reader : new Api[] { team.author(), team.coTherapist(), team.supervisor() }) {
            reader.request().get(team.note()).then().statusCode(Status.OK.getStatusCode())
                    .body("status", equalTo("draft"));
        }
        for (Api notYet : new Api[] { team.ccls(), team.integration(), team.offTeamTherapist(), team.offTeamCcls() }) {
            notYet.request().get(team.note()).then().statusCode(Status.NOT_FOUND.getStatusCode())
                    .contentType("application/problem+json");
        }

        team.author().request().post(team.note() + "/sign").then().statusCode(Status.OK.getStatusCode());
        for (Api reader : new Api[] { team.author(), team.coTherapist(), team.supervisor(), team.ccls(),
                team.integration() }) {
            reader.request().get(team.note()).then().statusCode(Status.OK.getStatusCode())
                    .body("status", equalTo("signed"));
        }
        for (Api outsider : new Api[] { team.offTeamTherapist(), team.offTeamCcls() }) {
            outsider.request().get(team.note()).then().statusCode(Status.NOT_FOUND.getStatusCode());
        }
    }

    @Test
    void shouldAnswerOffTeamCallerExactlyAsForMissingSession() {
        Team team = NoteFixtures.team();
        NoteFixtures.signed(team);
        String missing = UUID.randomUUID().toString();
        String missingDetail = team.offTeamTherapist().request().get("/api/v1/sessions/" + missing + "/note").then()
                .statusCode(Status.NOT_FOUND.getStatusCode()).extract().path("detail");

        String offTeamDetail = team.offTeamTherapist().request().get(team.note()).then()
                .statusCode(Status.NOT_FOUND.getStatusCode()).extract().path("detail");

        assertThat(offTeamDetail.replace(team.sessionId(), "{id}")).isEqualTo(missingDetail.replace(missing, "{id}"))
                .doesNotContain(team.clientId());
        team.offTeamTherapist().request().header("If-Match", "\"1\"").body(soap()).put(team.note()).then()
                .statusCode(Status.NOT_FOUND.getStatusCode());
        team.offTeamCcls().request().body(Map.of("text", "Observation")).post(team.note() + "/addenda").then()
                .statusCode(Status.NOT_FOUND.getStatusCode());
    }

    @Test
    void shouldAnswerNotFoundForSessionWithoutNote() {
        Team team = NoteFixtures.team();
        for (Api reader : new Api[] { team.author(), team.supervisor(), team.ccls(), team.integration() }) {
            reader.request().get(team.note()).then().statusCode(Status.NOT_FOUND.getStatusCode());
        }
        team.author().request().post(team.note() + "/sign").then().statusCode(Status.NOT_FOUND.getStatusCode());
        team.ccls().request().body(Map.of("text", "Observation")).post(team.note() + "/addenda").then()
                .statusCode(Status.NOT_FOUND.getStatusCode());
    }

    @Test
    void shouldLetOnlyTeamTherapistsWriteNotes() {
        Team team = NoteFixtures.team();
        for (Api refused : new Api[] { team.ccls(), team.supervisor(), team.integration() }) {
            refused.request().body(soap()).put(team.note()).then().statusCode(Status.FORBIDDEN.getStatusCode())
                    .contentType("application/problem+json");
        }
        team.offTeamTherapist().request().body(soap()).put(team.note()).then().statusCode(Status.NOT_FOUND.getStatusCode());
        team.author().request().get(team.note()).then().statusCode(Status.NOT_FOUND.getStatusCode());

        team.coTherapist().request().body(soap()).put(team.note()).then().statusCode(Status.CREATED.getStatusCode())
                .body("authorId", equalTo(team.coTherapist().staffId()));
    }

    @Test
    void shouldRefuseCallerWithoutCadenceRole() {
        Team team = NoteFixtures.team();
        NoteFixtures.signed(team);
        Api stranger = Api.as("billing-" + UUID.randomUUID(), "billing");

        stranger.request().get(team.note()).then().statusCode(Status.FORBIDDEN.getStatusCode());
        stranger.request().header("If-Match", "\"1\"").body(soap()).put(team.note()).then()
                .statusCode(Status.FORBIDDEN.getStatusCode());
        stranger.request().post(team.note() + "/sign").then().statusCode(Status.FORBIDDEN.getStatusCode());
        stranger.request().body(Map.of("text", "Observation")).post(team.note() + "/addenda").then()
                .statusCode(Status.FORBIDDEN.getStatusCode());
    }
}
