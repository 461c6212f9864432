package app.cadence.note;

import static app.cadence.note.NoteFixtures.ASSESSMENT;
import static app.cadence.note.NoteFixtures.OBJECTIVE;
import static app.cadence.note.NoteFixtures.SUBJECTIVE;
import static app.cadence.note.NoteFixtures.soap;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.util.Map;
import java.util.UUID;

import jakarta.ws.rs.core.Response.Status;

import org.junit.jupiter.api.Test;

import app.cadence.note.NoteFixtures.Team;
import app.cadence.support.Api;
import app.cadence.support.Sql;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** Draft, replace, sign: a signed note is frozen for everyone, and its hash can be recomputed by anyone. */
@QuarkusTest
class NoteSigningTest {

    private static final String SHA256_HEX = "^[0-9a-f]{64}$";
    private static final String REVISED_PLAN = "Continue procedural support 3x/week; teach the family a lullaby.";

    @Test
    void shouldDraftReplaceAndSignWithHashAnyoneCanRecompute() {
        Team team = NoteFixtures.team();
        String authorId = team.author().staffId();

        Response created = team.author().request().body(soap()).put(team.note());
        created.then().statusCode(Status.CREATED.getStatusCode())
                .header("Location", endsWith(team.note()))
                .header("ETag", "\"0\"")
                .body("status", equalTo("draft"), "format", equalTo("soap"), "authorId", equalTo(authorId),
                        "sessionId", equalTo(team.sessionId()), "subjective", equalTo(SUBJECTIVE),
                        "narrative", nullValue(), "signedAt", nullValue(), "contentSha256", nullValue(),
                        "addenda", empty());
        team.author().request().get(created.header("Location")).then().statusCode(Status.OK.getStatusCode())
                .body("id", equalTo(created.path("id")));

        Map<String, Object> revised = soap();
        revised.put("plan", REVISED_PLAN);
        team.author().request().body(revised).put(team.note()).then().statusCode(428);
        team.author().request().header("If-Match", "\"7\"").body(revised).put(team.note()).then()
                .statusCode(Status.PRECONDITION_FAILED.getStatusCode());
        team.author().request().header("If-Match", "\"0\"").body(revised).put(team.note()).then()
                .statusCode(Status.OK.getStatusCode())
                .header("ETag", "\"1\"")
                .body("plan", equalTo(REVISED_PLAN), "authorId", equalTo(authorId), "status", equalTo("draft"));
        team.author().request().header("If-Match", "\"0\"").body(soap()).put(team.note()).then()
                .statusCode(Status.PRECONDITION_FAILED.getStatusCode());

        Response signed = team.author().request().post(team.note() + "/sign");
        signed.then().statusCode(Status.OK.getStatusCode())
                .header("ETag", "\"2\"")
                .body("status", equalTo("signed"), "signedBy", equalTo(authorId), "signedAt", notNullValue(),
                        "plan", equalTo(REVISED_PLAN), "contentSha256", matchesPattern(SHA256_HEX));
        Map<String, Object> signedNote = signed.jsonPath().getMap("");
        String hash = signed.path("contentSha256");
        assertThat(hash).isEqualTo(SignedNotes.noteHash(signedNote));

        for (Api reader : new Api[] { team.author(), team.coTherapist(), team.ccls(), team.supervisor(),
                team.integration() }) {
            Response read = reader.request().get(team.note());
            read.then().statusCode(Status.OK.getStatusCode()).header("ETag", "\"2\"");
            assertThat(read.jsonPath().getMap("")).isEqualTo(signedNote);
            assertThat(SignedNotes.noteHash(read.jsonPath().getMap(""))).isEqualTo(hash);
        }
    }

    @Test
    void shouldRefuseEveryChangeToSignedNoteByEveryRole() {
        Team team = NoteFixtures.team();
        NoteFixtures.signed(team);
        Response before = team.author().request().get(team.note());
        String etag = before.header("ETag");
        Map<String, Object> stored = before.jsonPath().getMap("");
        Map<String, Object> change = soap();
        change.put("plan", "Rewritten after signing");

        record Expected(Api caller, Status put, Status sign) {
        }
        for (Expected expected : new Expected[] {
                new Expected(team.author(), Status.CONFLICT, Status.CONFLICT),
                new Expected(team.coTherapist(), Status.CONFLICT, Status.FORBIDDEN),
                new Expected(team.supervisor(), Status.FORBIDDEN, Status.FORBIDDEN),
                new Expected(team.ccls(), Status.FORBIDDEN, Status.FORBIDDEN),
                new Expected(team.integration(), Status.FORBIDDEN, Status.FORBIDDEN) }) {
            expected.caller().request().header("If-Match", etag).body(change).put(team.note()).then()
                    .statusCode(expected.put().getStatusCode())
                    .contentType("application/problem+json");
            expected.caller().request().post(team.note() + "/sign").then()
                    .statusCode(expected.sign().getStatusCode())
                    .contentType("application/problem+json");
        }
        team.author().request().body(change).put(team.note()).then().statusCode(Status.CONFLICT.getStatusCode());

        Response after = team.author().request().get(team.note());
        after.then().header("ETag", etag);
        assertThat(after.jsonPath().getMap("")).isEqualTo(stored);
        assertThat(SignedNotes.noteHash(after.jsonPath().getMap(""))).isEqualTo(stored.get("contentSha256"));
    }

    @Test
    void shouldHaveDatabaseRefuseChangesToSignedDocumentation() {
        Team team = NoteFixtures.team();
        NoteFixtures.signed(team);
        String addendumId = team.ccls().request().body(Map.of("text", "Calmer on the unit afterwards."))
                .post(team.note() + "/addenda").then().statusCode(Status.CREATED.getStatusCode()).extract().path("id");
        Map<String, Object> stored = team.author().request().get(team.note()).jsonPath().getMap("");
        String noteId = (String) stored.get("id");

        // Even the owner of the tables, who holds every privilege on them: the triggers refuse.
        assertThatThrownBy(() -> Sql.executeAsOwner("update session_note set plan = 'x' where id = cast(? as uuid)", noteId))
                .isInstanceOf(Sql.Refused.class).hasMessageContaining("signed documentation cannot be changed");
        assertThatThrownBy(() -> Sql.executeAsOwner("delete from session_note where id = cast(? as uuid)", noteId))
                .isInstanceOf(Sql.Refused.class).hasMessageContaining("signed documentation cannot be changed");
        assertThatThrownBy(() -> Sql.executeAsOwner("update note_addendum set text = 'x' where id = cast(? as uuid)", addendumId))
                .isInstanceOf(Sql.Refused.class).hasMessageContaining("signed documentation cannot be changed");
        assertThatThrownBy(() -> Sql.executeAsOwner("delete from note_addendum where id = cast(? as uuid)", addendumId))
                .isInstanceOf(Sql.Refused.class).hasMessageContaining("signed documentation cannot be changed");

        assertThat(team.author().request().get(team.note()).jsonPath().getMap("")).isEqualTo(stored);

        Team drafting = team.withSession(NoteFixtures.session(team.clientId(), team.author().staffId(), "completed"));
        String draftId = drafting.author().request().body(soap()).put(drafting.note()).then()
                .statusCode(Status.CREATED.getStatusCode()).extract().path("id");
        assertThatThrownBy(() -> Sql.executeAsOwner("delete from session_note where id = cast(? as uuid)", draftId))
                .isInstanceOf(Sql.Refused.class).hasMessageContaining("session notes are never deleted");
        drafting.author().request().get(drafting.note()).then().statusCode(Status.OK.getStatusCode());
    }

    @Test
    void shouldLetCoTherapistEditDraftButOnlyAuthorSign() {
        Team team = NoteFixtures.team();
        String etag = NoteFixtures.draft(team);
        String authorId = team.author().staffId();
        Map<String, Object> coTreatment = soap();
        coTreatment.put("objective", OBJECTIVE + " Co-treatment with physical therapy.");

        String edited = team.coTherapist().request().header("If-Match", etag).body(coTreatment).put(team.note()).then()
                .statusCode(Status.OK.getStatusCode())
                .body("authorId", equalTo(authorId), "objective", equalTo(coTreatment.get("objective")))
                .extract().header("ETag");

        team.coTherapist().request().post(team.note() + "/sign").then().statusCode(Status.FORBIDDEN.getStatusCode());
        for (Api refused : new Api[] { team.ccls(), team.supervisor(), team.integration() }) {
            refused.request().post(team.note() + "/sign").then().statusCode(Status.FORBIDDEN.getStatusCode());
        }
        team.offTeamTherapist().request().post(team.note() + "/sign").then().statusCode(Status.NOT_FOUND.getStatusCode());
        team.author().request().get(team.note()).then()
                .header("ETag", edited).body("status", equalTo("draft"), "signedBy", nullValue());

        team.author().request().post(team.note() + "/sign").then().statusCode(Status.OK.getStatusCode())
                .body("signedBy", equalTo(authorId), "objective", equalTo(coTreatment.get("objective")),
                        "assessment", equalTo(ASSESSMENT));
    }

    @Test
    void shouldSignOnlyTheVersionTheAuthorReadWhenIfMatchIsSent() {
        Team team = NoteFixtures.team();
        String read = NoteFixtures.draft(team);
        Map<String, Object> edit = soap();
        edit.put("plan", "Edited by the co-therapist meanwhile.");
        String current = team.coTherapist().request().header("If-Match", read).body(edit).put(team.note()).then()
                .statusCode(Status.OK.getStatusCode()).extract().header("ETag");

        team.author().request().header("If-Match", read).post(team.note() + "/sign").then()
                .statusCode(Status.PRECONDITION_FAILED.getStatusCode());
        team.author().request().get(team.note()).then().header("ETag", current).body("status", equalTo("draft"));
        team.author().request().header("If-Match", current).post(team.note() + "/sign").then()
                .statusCode(Status.OK.getStatusCode()).body("plan", equalTo(edit.get("plan")));
    }

    @Test
    void shouldReplaySignatureRetriedWithSameIdempotencyKey() {
        Team team = NoteFixtures.team();
        NoteFixtures.draft(team);
        String key = UUID.randomUUID().toString();

        Response first = team.author().request().header("Idempotency-Key", key).post(team.note() + "/sign");
        Response retry = team.author().request().header("Idempotency-Key", key).post(team.note() + "/sign");

        assertThat(first.statusCode()).isEqualTo(Status.OK.getStatusCode());
        assertThat(retry.statusCode()).isEqualTo(Status.OK.getStatusCode());
        assertThat(retry.header("Idempotency-Replayed")).isEqualTo("true");
        assertThat(retry.jsonPath().getMap("")).isEqualTo(first.jsonPath().getMap(""));
        team.author().request().post(team.note() + "/sign").then().statusCode(Status.CONFLICT.getStatusCode());
    }
}
