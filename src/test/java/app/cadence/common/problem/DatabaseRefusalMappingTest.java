package app.cadence.common.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import app.cadence.session.SessionFixtures;
import app.cadence.support.Api;
import app.cadence.support.Clients;
import app.cadence.support.Sql;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Issue 10, honest error mapping: of everything PostgreSQL refuses, only a unique violation (a race
 * the service checks lost) and the triggers guarding signed documentation and the audit trail are
 * conflicts the caller can act on (409). A CHECK, NOT NULL or foreign key violation, a value too long
 * or a NUL means the service let through what it should have refused: a 500. The SQL states come
 * from real refusals of the test database.
 */
@QuarkusTest
class DatabaseRefusalMappingTest {

    @Test
    void shouldAnswerConflictOnlyForUniqueViolationsAndTheGuardTriggers() {
        Api therapist = Api.newTherapist();
        String clientId = Clients.create(therapist);
        String staffId = therapist.staffId();

        String unique = stateOf("insert into staff (id, subject, display_name, created_at, updated_at) "
                + "select ?, subject, 'Twin', now(), now() from staff where id = ?", UUID.randomUUID(), UUID.fromString(staffId));
        String check = stateOf("update client set status = 'admitted' where id = ?", UUID.fromString(clientId));
        String notNull = stateOf("update client set given_name = null where id = ?", UUID.fromString(clientId));
        String foreignKey = stateOf("insert into client_identifier (client_id, system, value) values (?, 'urn:x', 'y')",
                UUID.randomUUID());
        String tooLong = stateOf("update client set unit = ? where id = ?", "u".repeat(101), UUID.fromString(clientId));
        String nul = stateOf("update client set unit = ? where id = ?", "P\u0000ICU", UUID.fromString(clientId));

        String sessionId = SessionFixtures.create(therapist, clientId, SessionFixtures.completed(
                OffsetDateTime.now().minusDays(1).withNano(0).toString()));
        SessionFixtures.note(sessionId, staffId, true);
        String signedNote = stateOf("update session_note set narrative = 'changed' where session_id = ?",
                UUID.fromString(sessionId));
        // The application's account may not even try (no UPDATE privilege): the trigger guards against the owner.
        String auditEvent = stateAsOwnerOf("update audit_event set outcome = 'success' where client_id = ?", UUID.fromString(clientId));

        assertThat(unique).isEqualTo("23505");
        assertThat(FallbackProblemMappers.conflict(unique)).isPresent();
        assertThat(FallbackProblemMappers.conflict(signedNote)).as("signed note trigger %s", signedNote)
                .contains("Signed documentation cannot be changed");
        assertThat(FallbackProblemMappers.conflict(auditEvent)).as("audit trigger %s", auditEvent)
                .contains("Audit events cannot be changed");
        for (String defect : new String[] { check, notNull, foreignKey, tooLong, nul }) {
            assertThat(defect).isNotNull();
            assertThat(FallbackProblemMappers.conflict(defect)).as("SQL state %s", defect).isEmpty();
        }
        assertThat(check).isEqualTo("23514");
        assertThat(notNull).isEqualTo("23502");
        assertThat(foreignKey).isEqualTo("23503");
    }

    /** The SQL state with which the database refuses the statement run by the schema's owner. */
    private static String stateAsOwnerOf(String sql, Object... parameters) {
        try {
            Sql.executeAsOwner(sql, parameters);
        } catch (Sql.Refused refused) {
            return ((SQLException) refused.getCause()).getSQLState();
        }
        return null;
    }

    /** The SQL state with which the database refuses the statement. */
    private static String stateOf(String sql, Object... parameters) {
        try {
            Sql.execute(sql, parameters);
        } catch (Sql.Refused refused) {
            return ((SQLException) refused.getCause()).getSQLState();
        }
        throw new AssertionError("The database accepted: " + sql);
    }
}
