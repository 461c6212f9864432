package app.cadence.session;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ColumnResult;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityResult;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SqlResultSetMapping;
import jakarta.persistence.Table;

import org.hibernate.annotations.BatchSize;

import app.cadence.common.persistence.BaseEntity;

/**
 * A music therapy session with a client. Its details are replaced as a whole on update, until the
 * session's note is signed; from then on the session never changes.
 */
@Entity
@Table(name = "session")
@SqlResultSetMapping(name = Session.WITH_DETAILS, entities = @EntityResult(entityClass = Session.class), columns = {
        @ColumnResult(name = "note_status", type = String.class),
        @ColumnResult(name = "interventions_json", type = String.class),
        @ColumnResult(name = "measurements_json", type = String.class),
        @ColumnResult(name = "scores_json", type = String.class),
        @ColumnResult(name = "co_treaters_json", type = String.class) })
public class Session extends BaseEntity {

    /** A session row with its note status and its details as JSON arrays; see {@code SessionQueries}. */
    static final String WITH_DETAILS = "SessionWithDetails";

    @Column(name = "client_id", nullable = false, updatable = false)
    public UUID clientId;

    /** The therapist who ran the session (and whose worklist it is on until its note is signed). */
    @Column(name = "therapist_id", nullable = false)
    public UUID therapistId;

    @Column(name = "starts_at", nullable = false)
    public OffsetDateTime startsAt;

    @Column(name = "ends_at")
    public OffsetDateTime endsAt;

    /**
     * The UTC offsets (seconds) the start and end were sent with: the database keeps the instant only,
     * and a client reads back the offset it sent (DESIGN.md, "Facilities and deployment").
     */
    @Column(name = "starts_at_offset")
    public Integer startsAtOffset;

    @Column(name = "ends_at_offset")
    public Integer endsAtOffset;

    /** A stored instant shown at the offset it was sent with (UTC for sessions stored before offsets were kept). */
    public static OffsetDateTime asSent(OffsetDateTime at, Integer offsetSeconds) {
        return at == null || offsetSeconds == null ? at
                : at.withOffsetSameInstant(java.time.ZoneOffset.ofTotalSeconds(offsetSeconds));
    }

    /** The offset of a time as sent, for storing beside it. */
    public static Integer offsetOf(OffsetDateTime at) {
        return at == null ? null : at.getOffset().getTotalSeconds();
    }

    @Column(nullable = false)
    public SessionSetting setting;

    @Column(nullable = false)
    public SessionKind kind;

    @Column(nullable = false)
    public SessionStatus status;

    @Column(name = "family_present", nullable = false)
    public boolean familyPresent;

    /** Why a cancelled or no-show session did not happen; null for other statuses and for older rows. */
    @Column(name = "cancellation_reason")
    public CancellationReason cancellationReason;

    /** The group session this is a participant's record of; null for a session of one client. */
    @Column(name = "group_session_id", updatable = false)
    public UUID groupSessionId;

    /** Collections are loaded for a whole page of sessions at once, not one statement per session. */
    @ElementCollection
    @CollectionTable(name = "session_intervention", joinColumns = @JoinColumn(name = "session_id"))
    @OrderColumn(name = "position")
    @BatchSize(size = 128)
    public List<InterventionUse> interventions = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "goal_measurement", joinColumns = @JoinColumn(name = "session_id"))
    @OrderColumn(name = "position")
    @BatchSize(size = 128)
    public List<GoalMeasurement> measurements = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "session_score", joinColumns = @JoinColumn(name = "session_id"))
    @BatchSize(size = 128)
    public List<ScaleScore> scores = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "session_co_treater", joinColumns = @JoinColumn(name = "session_id"))
    @OrderColumn(name = "position")
    @BatchSize(size = 128)
    public List<CoTreatment> coTreaters = new ArrayList<>();
}
