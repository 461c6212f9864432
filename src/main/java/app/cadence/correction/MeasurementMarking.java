package app.cadence.correction;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/**
 * A row of measurement_entered_in_error (V23): one goal measurement, the {@code position}-th of its
 * session, marked as a mistake. Mapped so that JPQL can leave marked measurements out
 * ({@link #notMarkedJpql}); markings are written by {@link Corrections} alone.
 */
@Entity
@Table(name = "measurement_entered_in_error")
@IdClass(MeasurementMarking.Key.class)
public class MeasurementMarking {

    @Id
    @Column(name = "session_id", updatable = false)
    public UUID sessionId;

    @Id
    @Column(updatable = false)
    public int position;

    @Column(updatable = false)
    public String reason;

    @Column(name = "marked_by", updatable = false)
    public UUID markedBy;

    @Column(name = "marked_at", updatable = false)
    public OffsetDateTime markedAt;

    public record Key(UUID sessionId, int position) implements Serializable {
    }

    /**
     * An SQL condition true when the measurement at {@code positionColumn} of the session
     * {@code sessionColumn} (e.g. {@code m.session_id}, {@code m.position}) is not marked.
     */
    public static String notMarked(String sessionColumn, String positionColumn) {
        // Leading space: callers append it to text blocks, whose trailing spaces the compiler strips.
        return " not exists (select 1 from measurement_entered_in_error mie where mie.session_id = " + sessionColumn
                + " and mie.position = " + positionColumn + ")";
    }

    /** The same condition in JPQL, e.g. {@code notMarkedJpql("s.id", "index(m)")}. */
    public static String notMarkedJpql(String sessionPath, String positionPath) {
        return " not exists (select 1 from MeasurementMarking mie where mie.sessionId = " + sessionPath
                + " and mie.position = " + positionPath + ")";
    }
}
