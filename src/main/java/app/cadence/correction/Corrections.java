package app.cadence.correction;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import app.cadence.common.problem.ProblemException;

/**
 * Markings of records entered by mistake. A marking is appended to its own table (V22) and never
 * changes the record, so a signed session stays exactly as signed.
 */
@ApplicationScoped
public class Corrections {

    private final EntityManager em;

    Corrections(EntityManager em) {
        this.em = em;
    }

    /** Marks the record; 409 when it is marked already. The caller has checked access and locked the record. */
    @Transactional(Transactional.TxType.MANDATORY)
    public EnteredInError mark(RecordType type, UUID recordId, String reason, UUID by) {
        if (find(type, recordId).isPresent()) {
            throw ProblemException.conflict("The " + type.code() + " is already marked entered-in-error");
        }
        OffsetDateTime at = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS);
        em.createNativeQuery("insert into entered_in_error (record_type, record_id, reason, marked_by, marked_at) "
                + "values (:type, :id, :reason, :by, :at)")
                .setParameter("type", type.code()).setParameter("id", recordId).setParameter("reason", reason)
                .setParameter("by", by).setParameter("at", at)
                .executeUpdate();
        return new EnteredInError(reason, by, at);
    }

    /**
     * Marks the {@code position}-th measurement of a session; 409 when it is marked already. The
     * caller has checked access, that the measurement exists and that its session is frozen, and
     * has locked the session.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public EnteredInError markMeasurement(UUID sessionId, int position, String reason, UUID by) {
        if (measurementMarkings(sessionId).containsKey(position)) {
            throw ProblemException.conflict("Measurement " + position + " of the session is already marked entered-in-error");
        }
        OffsetDateTime at = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS);
        em.createNativeQuery("insert into measurement_entered_in_error (session_id, position, reason, marked_by, marked_at) "
                + "values (:session, :position, :reason, :by, :at)")
                .setParameter("session", sessionId).setParameter("position", position).setParameter("reason", reason)
                .setParameter("by", by).setParameter("at", at)
                .executeUpdate();
        return new EnteredInError(reason, by, at);
    }

    /** The markings of a session's measurements, by position. */
    public Map<Integer, EnteredInError> measurementMarkings(UUID sessionId) {
        Map<Integer, EnteredInError> markings = new HashMap<>();
        em.createQuery("from MeasurementMarking where sessionId = :session", MeasurementMarking.class)
                .setParameter("session", sessionId)
                .getResultStream()
                .forEach(m -> markings.put(m.position, new EnteredInError(m.reason, m.markedBy,
                        m.markedAt.withOffsetSameInstant(ZoneOffset.UTC))));
        return markings;
    }

    public Optional<EnteredInError> find(RecordType type, UUID recordId) {
        return em.createNativeQuery("select reason, marked_by, marked_at from entered_in_error "
                + "where record_type = :type and record_id = :id")
                .setParameter("type", type.code()).setParameter("id", recordId)
                .getResultStream().findFirst()
                .map(row -> {
                    Object[] r = (Object[]) row;
                    return new EnteredInError((String) r[0], (UUID) r[1], at(r[2]));
                });
    }

    private static OffsetDateTime at(Object stored) {
        if (stored instanceof OffsetDateTime time) {
            return time.withOffsetSameInstant(ZoneOffset.UTC);
        }
        return ((java.time.Instant) stored).atOffset(ZoneOffset.UTC);
    }
}
