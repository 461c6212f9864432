package app.cadence.note;

import static app.cadence.note.NoteFixtures.soap;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import app.cadence.note.NoteFixtures.Team;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** A signed note is corrected only by an addendum marked as a correction; the note stays exactly as signed. */
@QuarkusTest
class CorrectionAddendumTest {

    private static final String CORRECTION = "Correction: the anxiety score after the session was 4/10, not 3/10.";

    @Test
    void shouldCorrectASignedNoteByAnAddendumLeavingTheNoteAsSigned() {
        Team team = NoteFixtures.team();
        team.author().request().body(soap()).put(team.note()).then().statusCode(201);
        team.ccls().request().body(Map.of("text", CORRECTION, "correction", true)).post(team.note() + "/addenda").then()
                .statusCode(409);
        Response signed = team.author().request().post(team.note() + "/sign");
        signed.then().statusCode(200);

        team.ccls().request().body(Map.of("text", CORRECTION, "correction", true)).post(team.note() + "/addenda").then()
                .statusCode(403);
        team.supervisor().request().body(Map.of("text", CORRECTION, "correction", true)).post(team.note() + "/addenda")
                .then().statusCode(403);
        team.offTeamTherapist().request().body(Map.of("text", CORRECTION, "correction", true))
                .post(team.note() + "/addenda").then().statusCode(404);
        team.author().request().body(Map.of("text", CORRECTION, "correction", "yes")).post(team.note() + "/addenda")
                .then().statusCode(400);

        Response correction = team.coTherapist().request().body(Map.of("text", CORRECTION, "correction", true))
                .post(team.note() + "/addenda");
        correction.then().statusCode(201).body("correction", equalTo(true), "text", equalTo(CORRECTION));
        Map<String, Object> corrected = correction.jsonPath().getMap("");
        assertThat(corrected.get("contentSha256")).isEqualTo(SignedNotes.addendumHash(corrected));
        team.ccls().request().body(Map.of("text", "Hummed along on the unit.")).post(team.note() + "/addenda").then()
                .statusCode(201).body("correction", equalTo(false));

        Response read = team.integration().request().get(team.note());
        read.then().statusCode(200).body("status", equalTo("signed"), "contentSha256", equalTo(signed.path("contentSha256")),
                "plan", equalTo(signed.path("plan")), "objective", equalTo(signed.path("objective")),
                "addenda.correction", equalTo(List.of(true, false)));
        assertThat(SignedNotes.noteHash(read.jsonPath().getMap(""))).isEqualTo(signed.path("contentSha256"));
        team.supervisor().request().get("/api/v1/signed-records/verification").then().statusCode(200)
                .body("mismatches.id", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem(corrected.get("id"))));
    }
}
