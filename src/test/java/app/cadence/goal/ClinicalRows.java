package app.cadence.goal;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

import app.cadence.support.Sql;

/**
 * Rows written straight into the test database: sessions and goal measurements (the sessions API is
 * built elsewhere, and progress only reads what sessions store), and client statuses set by workflows
 * outside these features, such as a re-referral.
 */
public final class ClinicalRows {

    private ClinicalRows() {
    }

    /** A completed bedside session of the client with the therapist, starting at the given time. */
    public static UUID session(String clientId, String therapistStaffId, OffsetDateTime startsAt) {
        UUID id = UUID.randomUUID();
        Sql.execute("""
                insert into session (id, client_id, therapist_id, starts_at, ends_at, setting, kind, status,
                                     family_present, created_at, updated_at, version)
                values (?, ?, ?, ?, ?, 'bedside', 'individual', 'completed', false, now(), now(), 0)""",
                id, UUID.fromString(clientId), UUID.fromString(therapistStaffId), startsAt, startsAt.plusMinutes(30));
        return id;
    }

    public static void measurement(UUID sessionId, int position, String goalId, String value, String comment) {
        Sql.execute("insert into goal_measurement (session_id, position, goal_id, value, comment) values (?, ?, ?, ?, ?)",
                sessionId, position, UUID.fromString(goalId), new BigDecimal(value), comment);
    }

    /** A session holding one measurement of the goal. */
    public static UUID measured(String clientId, String therapistStaffId, OffsetDateTime startsAt, String goalId,
            String value) {
        UUID session = session(clientId, therapistStaffId, startsAt);
        measurement(session, 0, goalId, value, null);
        return session;
    }
}
