package app.cadence.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import app.cadence.support.Api;
import app.cadence.support.SignedRecord;
import app.cadence.support.Sql;
import app.cadence.support.TestDatabase;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The application's database account, tried with plain SQL as anyone holding its credentials
 * could: it owns nothing, is no superuser, and can neither change nor remove signed documentation
 * or the audit trail, nor switch off the triggers that guard them.
 */
@QuarkusTest
class LeastPrivilegeTest {

    private static final String INSUFFICIENT_PRIVILEGE = "42501";
    private static final String SIGNED_RECORD_REFUSED = "P0001";

    @Test
    void shouldConnectAsARoleThatIsNeitherSuperuserNorOwner() throws SQLException {
        Api.newTherapist().staffId();
        try (Connection app = Sql.connect()) {
            assertThat(single(app, "select current_user")).isEqualTo(TestDatabase.accounts().application());
            assertThat(single(app, "select concat_ws(',', rolsuper, rolcreaterole, rolcreatedb, rolreplication, "
                    + "rolbypassrls) from pg_roles where rolname = current_user")).isEqualTo("f,f,f,f,f");
            assertThat(single(app, "select count(*) from pg_class where relowner = "
                    + "(select oid from pg_roles where rolname = current_user)")).isEqualTo("0");
            assertThat(single(app, "select tableowner from pg_tables where tablename = 'audit_event'"))
                    .isEqualTo(TestDatabase.accounts().owner());
            // The running application is connected with exactly this account (its pool keeps connections open).
            assertThat(single(app, "select string_agg(distinct usename, ',') from pg_stat_activity "
                    + "where datname = current_database() and pid <> pg_backend_pid()"))
                    .isEqualTo(TestDatabase.accounts().application());
        }
        try (Connection owner = Sql.connectAsOwner()) {
            assertThat(single(owner, "select rolsuper from pg_roles where rolname = current_user")).isEqualTo("f");
        }
    }

    @Test
    void shouldHoldInsertAndSelectOnlyOnTheAuditTrail() throws SQLException {
        try (Connection app = Sql.connect()) {
            assertThat(privileges(app, "audit_event")).containsExactly("SELECT", "INSERT");
            assertThat(privileges(app, "audit_seal")).containsExactly("SELECT", "INSERT");
            assertThat(privileges(app, "note_addendum")).containsExactly("SELECT", "INSERT");
            assertThat(privileges(app, "session_note")).containsExactly("SELECT", "INSERT", "UPDATE");
            assertThat(privileges(app, "flyway_schema_history")).isEmpty();
        }
    }

    @Test
    void shouldRefuseToChangeOrRemoveSignedNotesAddendaAndAuditEvents() throws SQLException {
        Api therapist = Api.newTherapist();
        SignedRecord signed = SignedRecord.create(therapist, "2025-03-05T10:00:00-05:00");
        String note = "/api/v1/sessions/" + signed.sessionId() + "/note";
        Map<String, Object> before = therapist.request().get(note).jsonPath().getMap("");
        long events = count("select count(*) from audit_event");

        // Drafts are edited, so UPDATE is granted on notes: the trigger refuses it once signed.
        refused("update session_note set plan = 'Changed' where id = '" + signed.noteId() + "'", SIGNED_RECORD_REFUSED);
        refused("delete from session_note where id = '" + signed.noteId() + "'", INSUFFICIENT_PRIVILEGE);
        refused("truncate session_note cascade", INSUFFICIENT_PRIVILEGE);
        refused("update note_addendum set text = 'Changed' where id = '" + signed.addendumId() + "'", INSUFFICIENT_PRIVILEGE);
        refused("delete from note_addendum where id = '" + signed.addendumId() + "'", INSUFFICIENT_PRIVILEGE);
        refused("truncate note_addendum", INSUFFICIENT_PRIVILEGE);
        refused("update audit_event set outcome = 'success'", INSUFFICIENT_PRIVILEGE);
        refused("delete from audit_event", INSUFFICIENT_PRIVILEGE);
        refused("truncate audit_event", INSUFFICIENT_PRIVILEGE);
        refused("update audit_seal set chain_mac = '\\x00'", INSUFFICIENT_PRIVILEGE);
        refused("delete from audit_seal", INSUFFICIENT_PRIVILEGE);
        refused("truncate audit_seal", INSUFFICIENT_PRIVILEGE);

        assertThat(therapist.request().get(note).jsonPath().getMap("")).isEqualTo(before);
        assertThat(count("select count(*) from audit_event")).isGreaterThanOrEqualTo(events);
        assertThat(count("select count(*) from audit_event where outcome = 'success'")).isPositive();
    }

    @Test
    void shouldRefuseToSwitchOffTheTriggersThatGuardTheRecord() throws SQLException {
        for (String table : List.of("session_note", "note_addendum", "audit_event", "audit_seal")) {
            refused("alter table " + table + " disable trigger all", INSUFFICIENT_PRIVILEGE);
        }
        refused("alter table session_note disable trigger session_note_frozen", INSUFFICIENT_PRIVILEGE);
        refused("alter table audit_event disable trigger audit_event_append_only", INSUFFICIENT_PRIVILEGE);
        // A superuser's way around every trigger; a role without that attribute may not use it.
        refused("set session_replication_role = replica", INSUFFICIENT_PRIVILEGE);
        try (Connection app = Sql.connect()) {
            assertThat(single(app, "show session_replication_role")).isEqualTo("origin");
        }
    }

    @Test
    void shouldRefuseToChangeTheSchema() {
        refused("create table notes_copy (id uuid)", INSUFFICIENT_PRIVILEGE);
        refused("alter table client add column nickname text", INSUFFICIENT_PRIVILEGE);
        refused("drop table audit_event", INSUFFICIENT_PRIVILEGE);
        refused("drop trigger note_addendum_frozen on note_addendum", INSUFFICIENT_PRIVILEGE);
        refused("create or replace function refuse_audit_change() returns trigger language plpgsql "
                + "as $$ begin return new; end $$", INSUFFICIENT_PRIVILEGE);
    }

    /** Runs the statement as the application's account and expects the database to refuse it with the SQLSTATE. */
    private static void refused(String sql, String sqlState) {
        assertThatThrownBy(() -> {
            try (Connection app = Sql.connect(); Statement statement = app.createStatement()) {
                statement.execute(sql);
            }
        }).as(sql).isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).as(sql).isEqualTo(sqlState));
    }

    /** The table privileges the connected role holds, in the order PostgreSQL lists them. */
    private static List<String> privileges(Connection connection, String table) throws SQLException {
        List<String> held = new ArrayList<>();
        for (String privilege : List.of("SELECT", "INSERT", "UPDATE", "DELETE", "TRUNCATE", "REFERENCES", "TRIGGER")) {
            try (PreparedStatement query = connection.prepareStatement("select has_table_privilege(?, ?)")) {
                query.setString(1, table);
                query.setString(2, privilege);
                try (ResultSet row = query.executeQuery()) {
                    row.next();
                    if (row.getBoolean(1)) {
                        held.add(privilege);
                    }
                }
            }
        }
        return held;
    }

    private static long count(String sql) throws SQLException {
        try (Connection app = Sql.connect()) {
            return Long.parseLong(single(app, sql));
        }
    }

    private static String single(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getString(1);
        }
    }
}
