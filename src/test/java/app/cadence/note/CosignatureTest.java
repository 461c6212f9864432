package app.cadence.note;

import static app.cadence.note.NoteFixtures.soap;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import app.cadence.note.NoteFixtures.Team;
import app.cadence.support.Api;
import app.cadence.support.Sql;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/**
 * An intern's note: signed by the intern it awaits co-signature, frozen and not yet final; a
 * supervising therapist named on the intern's staff record (or a supervisor) co-signs it, and the
 * co-signature becomes part of the signed record that verification rehashes.
 */
@QuarkusTest
class CosignatureTest {

    private static final String SHA256_HEX = "^[0-9a-f]{64}$";
    private static final String COSIGNATURES = "/api/v1/worklist/cosignatures";
    private static final String VERIFICATION = "/api/v1/signed-records/verification";

    @Test
    void shouldHoldAnInternsNoteFrozenUntilANamedSupervisingTherapistCosignsIt() {
        Team team = NoteFixtures.team();
        Api intern = team.author();
        Api supervising = team.coTherapist();
        Api otherTherapist = Api.newTherapist();
        NoteFixtures.join(team.supervisor(), team.clientId(), otherTherapist, "therapist");
        supervise(team.supervisor(), intern, supervising.staffId());

        intern.request().body(soap()).put(team.note()).then().statusCode(201);
        Response signed = intern.request().post(team.note() + "/sign");
        signed.then().statusCode(200)
                .body("status", equalTo("awaiting-cosignature"), "signedBy", equalTo(intern.staffId()),
                        "contentSha256", matchesPattern(SHA256_HEX), "cosignedBy", nullValue(), "cosignedAt", nullValue());
        assertThat((String) signed.path("contentSha256")).isEqualTo(SignedNotes.noteHash(signed.jsonPath().getMap("")));

        // Frozen: neither the API nor the database lets anyone change it.
        intern.request().header("If-Match", signed.header("ETag")).body(soap()).put(team.note()).then().statusCode(409);
        intern.request().post(team.note() + "/sign").then().statusCode(409);
        assertThatThrownBy(() -> Sql.execute("update session_note set plan = 'Changed' where session_id = ?",
                UUID.fromString(team.sessionId()))).isInstanceOf(Sql.Refused.class);
        assertThatThrownBy(() -> Sql.execute("update session set family_present = true where id = ?",
                UUID.fromString(team.sessionId()))).isInstanceOf(Sql.Refused.class);
        // Nor can the database be asked to sign it without a co-signature.
        assertThatThrownBy(() -> Sql.execute("update session_note set status = 'signed' where session_id = ?",
                UUID.fromString(team.sessionId()))).isInstanceOf(Sql.Refused.class);

        // Not final yet: readers of signed notes only do not see it, and it takes no addendum.
        team.ccls().request().get(team.note()).then().statusCode(404);
        team.integration().request().get(team.note()).then().statusCode(404);
        team.supervisor().request().get(team.note()).then().statusCode(200).body("status", equalTo("awaiting-cosignature"));
        supervising.request().body(Map.of("text", "Hummed along.")).post(team.note() + "/addenda").then().statusCode(409);

        // On the named therapist's and the supervisor's worklists, not on another team therapist's.
        assertThat(pending(supervising)).contains(team.sessionId());
        assertThat(pending(team.supervisor())).contains(team.sessionId());
        assertThat(pending(otherTherapist)).doesNotContain(team.sessionId());
        assertThat(pending(intern)).doesNotContain(team.sessionId());
        supervising.request().get(COSIGNATURES).then().statusCode(200)
                .body("items.find { it.sessionId == '" + team.sessionId() + "' }.noteStatus", equalTo("awaiting-cosignature"),
                        "items.find { it.sessionId == '" + team.sessionId() + "' }.authorId", equalTo(intern.staffId()));
        team.ccls().request().get(COSIGNATURES).then().statusCode(403);
        // The intern's own unsigned-notes worklist keeps it, marked as awaiting co-signature.
        intern.request().get("/api/v1/worklist/unsigned-notes").then().statusCode(200)
                .body("items.find { it.sessionId == '" + team.sessionId() + "' }.noteStatus", equalTo("awaiting-cosignature"));

        // Who may not co-sign.
        otherTherapist.request().post(team.note() + "/cosign").then().statusCode(403);
        intern.request().post(team.note() + "/cosign").then().statusCode(403);
        team.ccls().request().post(team.note() + "/cosign").then().statusCode(403);
        team.integration().request().post(team.note() + "/cosign").then().statusCode(403);
        team.offTeamTherapist().request().post(team.note() + "/cosign").then().statusCode(404);

        Response cosigned = supervising.request().post(team.note() + "/cosign");
        cosigned.then().statusCode(200)
                .body("status", equalTo("signed"), "cosignedBy", equalTo(supervising.staffId()),
                        "cosignedAt", notNullValue(), "cosignatureSha256", matchesPattern(SHA256_HEX),
                        "contentSha256", equalTo(signed.path("contentSha256")), "plan", equalTo(signed.path("plan")),
                        "signedAt", equalTo(signed.path("signedAt")));
        Map<String, Object> note = cosigned.jsonPath().getMap("");
        assertThat((String) note.get("cosignatureSha256")).isEqualTo(SignedNotes.cosignatureHash(note));

        // Final now: everyone who reads signed notes reads the same record, co-signature included.
        for (Api reader : new Api[] { intern, team.ccls(), team.integration(), team.supervisor() }) {
            assertThat(reader.request().get(team.note()).then().statusCode(200).extract().jsonPath().getMap(""))
                    .isEqualTo(note);
        }
        supervising.request().post(team.note() + "/cosign").then().statusCode(409);
        assertThat(pending(supervising)).doesNotContain(team.sessionId());
        team.ccls().request().body(Map.of("text", "Hummed along.")).post(team.note() + "/addenda").then().statusCode(201);
        assertThatThrownBy(() -> Sql.execute("update session_note set cosigned_by = signed_by where session_id = ?",
                UUID.fromString(team.sessionId()))).isInstanceOf(Sql.Refused.class);
    }

    @Test
    void shouldLetASupervisorCosignAndRefuseDraftsAndNotesThatNeedNoCosignature() {
        Team team = NoteFixtures.team();
        Api intern = team.author();
        supervise(team.supervisor(), intern);
        intern.request().body(soap()).put(team.note()).then().statusCode(201);
        team.supervisor().request().post(team.note() + "/cosign").then().statusCode(409);
        intern.request().post(team.note() + "/sign").then().statusCode(200).body("status", equalTo("awaiting-cosignature"));
        team.supervisor().request().post(team.note() + "/cosign").then().statusCode(200)
                .body("status", equalTo("signed"), "cosignedBy", equalTo(team.supervisor().staffId()));

        Team regular = NoteFixtures.team();
        regular.author().request().body(soap()).put(regular.note()).then().statusCode(201);
        regular.author().request().post(regular.note() + "/sign").then().statusCode(200)
                .body("status", equalTo("signed"), "cosignedBy", nullValue());
        regular.supervisor().request().post(regular.note() + "/cosign").then().statusCode(409);
    }

    @Test
    void shouldAcceptOnlyBoardCertifiedTherapistsAsSupervisingTherapistsAndOnlyFromASupervisor() {
        Api supervisor = Api.newSupervisor();
        Api intern = Api.newTherapist();
        Api otherIntern = Api.newTherapist();
        supervise(supervisor, otherIntern);
        String path = "/api/v1/staff/" + intern.staffId() + "/supervision";
        String etag = supervisor.request().get("/api/v1/staff/" + intern.staffId()).then().statusCode(200)
                .extract().header("ETag");
        Map<String, Object> body = Map.of("requiresCosignature", true,
                "supervisingTherapistIds", List.of(otherIntern.staffId(), Api.newChildLifeSpecialist().staffId(),
                        UUID.randomUUID().toString(), intern.staffId()));
        supervisor.request().header("If-Match", etag).body(body).put(path).then().statusCode(422)
                .body("violations.field", equalTo(List.of("supervisingTherapistIds[0]", "supervisingTherapistIds[1]",
                        "supervisingTherapistIds[2]", "supervisingTherapistIds[3]")));
        Map<String, Object> valid = Map.of("requiresCosignature", true, "supervisingTherapistIds", List.of());
        supervisor.request().body(valid).put(path).then().statusCode(428);
        supervisor.request().header("If-Match", "\"99\"").body(valid).put(path).then().statusCode(412);
        intern.request().header("If-Match", etag).body(valid).put(path).then().statusCode(403);
        supervisor.request().header("If-Match", etag).body(valid).put("/api/v1/staff/" + UUID.randomUUID() + "/supervision")
                .then().statusCode(404);
        supervisor.request().header("If-Match", etag).body(Map.of("requiresCosignature", true)).put(path).then()
                .statusCode(422);
        supervisor.request().header("If-Match", etag).body(valid).put(path).then().statusCode(200)
                .body("requiresCosignature", equalTo(true), "supervisingTherapistIds", equalTo(List.of()));
    }

    @Test
    void shouldFindACosignatureASuperuserChangedBehindTheTriggers() throws SQLException {
        Team team = NoteFixtures.team();
        supervise(team.supervisor(), team.author());
        team.author().request().body(soap()).put(team.note()).then().statusCode(201);
        team.author().request().post(team.note() + "/sign").then().statusCode(200);
        String noteId = team.supervisor().request().post(team.note() + "/cosign").then().statusCode(200)
                .extract().path("id");
        JsonPath before = team.supervisor().request().get(VERIFICATION).then().statusCode(200).extract().jsonPath();
        assertThat(before.getLong("cosignatures")).isPositive();
        assertThat(before.getList("mismatches.id")).doesNotContain(noteId);

        try (Connection superuser = Sql.connectAsSuperuser(); Statement sql = superuser.createStatement()) {
            sql.execute("set session_replication_role = replica");
            sql.executeUpdate("update session_note set cosigned_by = author_id where id = '" + noteId + "'");
        }
        JsonPath after = team.supervisor().request().get(VERIFICATION).then().statusCode(200).extract().jsonPath();
        assertThat(after.getBoolean("intact")).isFalse();
        assertThat(after.getList("mismatches")).contains(
                Map.of("recordType", "cosignature", "id", noteId, "sessionId", team.sessionId()));
    }

    /** The supervisor marks the staff member as an intern supervised by the named therapists. */
    static void supervise(Api supervisor, Api intern, String... supervisingStaffIds) {
        String staff = "/api/v1/staff/" + intern.staffId();
        String etag = supervisor.request().get(staff).then().statusCode(200).extract().header("ETag");
        supervisor.request().header("If-Match", etag)
                .body(Map.of("requiresCosignature", true, "supervisingTherapistIds", List.of(supervisingStaffIds)))
                .put(staff + "/supervision").then().statusCode(200)
                .body("requiresCosignature", equalTo(true), "supervisingTherapistIds", equalTo(List.of(supervisingStaffIds)));
    }

    private static List<String> pending(Api caller) {
        return caller.request().queryParam("limit", 100).get(COSIGNATURES).then().statusCode(200).extract().jsonPath()
                .getList("items.sessionId");
    }
}
