package app.cadence.note;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.core.Response.Status;

import org.junit.jupiter.api.Test;

import app.cadence.support.Api;
import app.cadence.support.SignedRecord;
import app.cadence.support.Sql;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class SignedRecordVerificationTest {

    private static final String VERIFICATION = "/api/v1/signed-records/verification";
    /** Signed notes and intern's notes awaiting co-signature: both are frozen and carry a hash. */
    private static final String FROZEN_NOTES = "select count(*) from session_note where status <> 'draft'";
    private static final String ADDENDA = "select count(*) from note_addendum";

    private final Api supervisor = Api.newSupervisor();

    @Test
    void shouldCheckEverySignedNoteAndAddendumAndFindRecordsSignedThroughTheApiIntact() throws SQLException {
        SignedRecord signed = SignedRecord.create(Api.newTherapist(), "2025-03-05T10:00:00-05:00");

        // Signed records only ever grow in number; counting them on both sides of the run keeps the check
        // exact when nothing else writes and true when something does (CI once saw a note signed in between).
        long notesBefore = count(FROZEN_NOTES);
        long addendaBefore = count(ADDENDA);
        JsonPath report = verify();

        assertThat(report.getLong("notes")).isBetween(notesBefore, count(FROZEN_NOTES));
        assertThat(report.getLong("addenda")).isBetween(addendaBefore, count(ADDENDA));
        assertThat(report.getList("mismatches.id")).doesNotContain(signed.noteId(), signed.addendumId());
    }

    @Test
    void shouldFindANoteAndAnAddendumASuperuserChangedBehindTheTriggers() throws SQLException {
        SignedRecord intact = SignedRecord.create(Api.newTherapist(), "2025-03-05T10:00:00-05:00");
        SignedRecord tampered = SignedRecord.create(Api.newTherapist(), "2025-03-06T10:00:00-05:00");
        // The attack of issue 10: a superuser switches the triggers off for the session and edits.
        try (Connection superuser = Sql.connectAsSuperuser(); Statement sql = superuser.createStatement()) {
            sql.execute("set session_replication_role = replica");
            sql.executeUpdate("update session_note set plan = 'Discontinue' where id = '" + tampered.noteId() + "'");
            sql.executeUpdate("update note_addendum set text = 'Cried throughout' where id = '" + tampered.addendumId() + "'");
        }

        JsonPath report = verify();

        assertThat(report.getBoolean("intact")).isFalse();
        assertThat(report.getLong("mismatchCount")).isGreaterThanOrEqualTo(2);
        List<Map<String, Object>> found = report.getList("mismatches");
        assertThat(found).contains(
                Map.of("recordType", "session-note", "id", tampered.noteId(), "sessionId", tampered.sessionId()),
                Map.of("recordType", "addendum", "id", tampered.addendumId(), "sessionId", tampered.sessionId()));
        assertThat(report.getList("mismatches.id")).doesNotContain(intact.noteId(), intact.addendumId());
        assertThat(report.prettify()).doesNotContain("Discontinue", "Cried throughout");
    }

    @Test
    void shouldLetOnlySupervisorsVerifyAndAuditEachRun() {
        for (Api refused : List.of(Api.newTherapist(), Api.newChildLifeSpecialist(), Api.newIntegration())) {
            refused.request().get(VERIFICATION).then().statusCode(Status.FORBIDDEN.getStatusCode());
        }
        String requestId = supervisor.request().get(VERIFICATION).then().statusCode(Status.OK.getStatusCode())
                .extract().header("X-Request-Id");

        List<Map<String, Object>> events = supervisor.request()
                .get("/api/v1/audit-events?actor=" + supervisor.subject()).then().statusCode(Status.OK.getStatusCode())
                .extract().jsonPath().getList("items.findAll { it.requestId == '" + requestId + "' }");
        assertThat(events).singleElement().satisfies(event -> assertThat(event)
                .containsEntry("action", "read").containsEntry("resourceType", "signed-records")
                .containsEntry("outcome", "success").containsEntry("path", VERIFICATION));
    }

    private JsonPath verify() {
        return supervisor.request().get(VERIFICATION).then().statusCode(Status.OK.getStatusCode())
                .contentType("application/json").extract().jsonPath();
    }

    private static long count(String query) throws SQLException {
        try (Connection sql = Sql.connect(); PreparedStatement statement = sql.prepareStatement(query);
                ResultSet row = statement.executeQuery()) {
            row.next();
            return row.getLong(1);
        }
    }
}
