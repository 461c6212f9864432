package app.cadence.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.jboss.logging.Logger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import app.cadence.support.Api;
import app.cadence.support.DatabaseServer;
import app.cadence.support.SignedRecord;
import app.cadence.support.TestDatabase;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;

/**
 * The backup and restore drill of the README: a database holding signed notes is dumped with
 * pg_dump (custom format, as the owner) and restored with pg_restore into a fresh database (as the
 * owner); Cadence on the restored database finds every signed record intact, the application's
 * account holds the same narrow grants, and the verification then finds the note a superuser edits
 * behind the triggers.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BackupRestoreDrillIT {

    private static final Logger LOG = Logger.getLogger(BackupRestoreDrillIT.class);
    private static final String SOURCE = TestDatabase.databaseName() + "_drill";
    private static final String RESTORED = SOURCE + "_restored";
    private static final String VERIFICATION = "/api/v1/signed-records/verification";
    private static final int RECORDS = 5;

    private final DatabaseServer server = TestDatabase.server();
    private final Path home = Path.of("target", "drill");
    private MockOidc oidc;

    @BeforeAll
    void start() throws Exception {
        Files.createDirectories(home);
        server.prepare(TestDatabase.accounts(), SOURCE, true);
        server.prepare(TestDatabase.accounts(), RESTORED, true);
        oidc = MockOidc.start();
    }

    @AfterAll
    void stop() {
        RestAssured.reset();
        if (oidc != null) {
            oidc.close();
        }
    }

    @Test
    void shouldRestoreSignedRecordsIntactAndThenFindTheOneASuperuserEdited() throws Exception {
        Api supervisor = Api.newSupervisor();
        List<SignedRecord> records = new ArrayList<>();
        List<Map<String, Object>> notes = new ArrayList<>();
        String sourceVerification;
        try (CadenceServer source = cadence(SOURCE, "cadence-source.log")) {
            aim(source);
            Api therapist = Api.newTherapist();
            for (int day = 1; day <= RECORDS; day++) {
                SignedRecord record = SignedRecord.create(therapist, "2025-03-0" + day + "T10:00:00-05:00");
                records.add(record);
                notes.add(therapist.request().get(note(record)).then().statusCode(200).extract().jsonPath().getMap(""));
            }
            io.restassured.response.Response report = supervisor.request().get(VERIFICATION);
            assertThat(report.statusCode()).isEqualTo(200);
            assertThat(report.jsonPath().getBoolean("intact")).isTrue();
            sourceVerification = report.header("X-Request-Id");
        }

        Path dump = home.resolve("cadence.dump");
        Instant dumping = Instant.now();
        tool("pg_dump", "--format=custom", "--file=" + dump, "--dbname=" + SOURCE);
        Instant restoring = Instant.now();
        tool("pg_restore", "--exit-on-error", "--single-transaction", "--dbname=" + RESTORED, dump.toString());
        Instant restored = Instant.now();
        LOG.infof("[drill] %d signed notes and %d addenda: dump %d KiB in %d ms, restore in %d ms", RECORDS, RECORDS,
                Files.size(dump) / 1024, Duration.between(dumping, restoring).toMillis(),
                Duration.between(restoring, restored).toMillis());

        try (CadenceServer cadence = cadence(RESTORED, "cadence-restored.log")) {
            aim(cadence);
            JsonPath report = verify(supervisor);
            assertThat(report.getLong("notes")).isEqualTo(RECORDS);
            assertThat(report.getLong("addenda")).isEqualTo(RECORDS);
            assertThat(report.getBoolean("intact")).isTrue();
            assertThat(report.getList("mismatches")).isEmpty();
            for (int i = 0; i < RECORDS; i++) {
                assertThat(supervisor.request().get(note(records.get(i))).then().statusCode(200).extract().jsonPath()
                        .getMap("")).isEqualTo(notes.get(i));
            }
            // The trail came along, with the verification run before the dump.
            assertThat(supervisor.request().queryParam("actor", supervisor.subject()).get("/api/v1/audit-events")
                    .then().statusCode(200).extract().jsonPath()
                    .getList("items.findAll { it.resourceType == 'signed-records' }.requestId"))
                    .hasSize(2).contains(sourceVerification);
            assertApplicationAccountStillNarrow();

            SignedRecord edited = records.get(2);
            superuser("alter table session_note disable trigger session_note_frozen",
                    "update session_note set plan = 'Discontinue music therapy' where id = '" + edited.noteId() + "'",
                    "alter table session_note enable trigger session_note_frozen");

            JsonPath tampered = verify(supervisor);
            assertThat(tampered.getBoolean("intact")).isFalse();
            assertThat(tampered.getLong("mismatchCount")).isEqualTo(1);
            assertThat(tampered.getList("mismatches")).containsExactly(
                    Map.of("recordType", "session-note", "id", edited.noteId(), "sessionId", edited.sessionId()));
        }
    }

    private CadenceServer cadence(String database, String log) throws IOException, InterruptedException {
        Map<String, String> env = new HashMap<>(CadenceServer.database(server, database, TestDatabase.accounts()));
        env.putAll(oidc.env());
        // Small batches, so that the five records take several.
        env.put("CADENCE_VERIFICATION_BATCH_SIZE", "2");
        return CadenceServer.start(Path.of(System.getProperty("cadence.jar")), env, home.resolve(log));
    }

    /** Points the fixtures, which use RestAssured's defaults, at this instance. */
    private static void aim(CadenceServer cadence) {
        RestAssured.baseURI = "http://127.0.0.1";
        RestAssured.port = cadence.port;
    }

    private static String note(SignedRecord record) {
        return "/api/v1/sessions/" + record.sessionId() + "/note";
    }

    private static JsonPath verify(Api supervisor) {
        return supervisor.request().get(VERIFICATION).then().statusCode(200).extract().jsonPath();
    }

    /** After the restore the grants are as the migrations made them: the restore replays them. */
    private void assertApplicationAccountStillNarrow() throws SQLException {
        String application = TestDatabase.accounts().application();
        try (Connection admin = server.admin(RESTORED); Statement sql = admin.createStatement();
                ResultSet row = sql.executeQuery("select has_table_privilege('" + application + "', 'audit_event', 'INSERT'), "
                        + "has_table_privilege('" + application + "', 'audit_event', 'UPDATE'), "
                        + "has_table_privilege('" + application + "', 'note_addendum', 'UPDATE'), "
                        + "has_table_privilege('" + application + "', 'session_note', 'DELETE'), "
                        + "(select tableowner from pg_tables where tablename = 'session_note')")) {
            row.next();
            assertThat(List.of(row.getBoolean(1), row.getBoolean(2), row.getBoolean(3), row.getBoolean(4)))
                    .containsExactly(true, false, false, false);
            assertThat(row.getString(5)).isEqualTo(TestDatabase.accounts().owner());
        }
    }

    private void superuser(String... statements) throws SQLException {
        try (Connection admin = server.admin(RESTORED); Statement sql = admin.createStatement()) {
            for (String statement : statements) {
                sql.execute(statement);
            }
        }
    }

    /** Runs pg_dump or pg_restore as the owner, the account the README tells operators to use. */
    private void tool(String binary, String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(PostgresCluster.BIN.resolve(binary).toString(),
                "--host=" + server.host(), "--port=" + server.port(), "--username=" + TestDatabase.accounts().owner(),
                "--no-password"));
        command.addAll(List.of(arguments));
        Path output = home.resolve(binary + ".out");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile());
        builder.environment().put("PGPASSWORD", TestDatabase.accounts().ownerPassword());
        Process process = builder.start();
        assertThat(process.waitFor(2, TimeUnit.MINUTES)).as(binary + " finished").isTrue();
        assertThat(process.exitValue()).as(binary + " succeeded; see " + output).isZero();
    }
}
