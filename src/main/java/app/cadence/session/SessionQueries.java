package app.cadence.session;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import org.hibernate.jpa.HibernateHints;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import app.cadence.common.paging.TimeWindow;
import app.cadence.correction.RecordType;

/**
 * Sessions as the API shows them, each with its note status, interventions, measurements and
 * scores, in ONE statement whatever the page size: the details are aggregated to JSON arrays per
 * row instead of being loaded by three more statements. Listing a client's sessions therefore
 * costs the access check plus this one statement.
 */
@ApplicationScoped
class SessionQueries {

    // A marking's time is rendered as UTC ISO text without a format literal: bench/run.sh replays these
    // statements in pgbench, which takes ":MI" in 'HH24:MI' for one of its variables even inside quotes.
    private static final String SELECT = """
            select s.id, s.client_id, s.therapist_id, s.starts_at, s.ends_at, s.starts_at_offset, s.ends_at_offset,
                   s.setting, s.kind, s.status, s.family_present, s.cancellation_reason, s.group_session_id,
                   s.created_at, s.updated_at, s.version,
                   n.status as note_status,
                   coalesce((select json_agg(json_build_object('code', i.intervention_code, 'song', i.song,
                                     'instrument', i.instrument, 'clientResponse', i.client_response,
                                     'minutes', i.minutes) order by i.position)
                             from session_intervention i where i.session_id = s.id), '[]')::text as interventions_json,
                   coalesce((select json_agg(json_build_object('goalId', m.goal_id, 'value', trim_scale(m.value),
                                     'comment', m.comment, 'position', m.position,
                                     'enteredInError', (select json_build_object('reason', mie.reason, 'by', mie.marked_by,
                                             'at', (to_json(mie.marked_at at time zone 'UTC') #>> '{}') || 'Z')
                                         from measurement_entered_in_error mie
                                         where mie.session_id = m.session_id and mie.position = m.position))
                                     order by m.position)
                             from goal_measurement m where m.session_id = s.id), '[]')::text as measurements_json,
                   coalesce((select json_agg(json_build_object('scale', c.scale_code, 'pre', trim_scale(c.pre),
                                     'post', trim_scale(c.post)) order by c.scale_code)
                             from session_score c where c.session_id = s.id), '[]')::text as scores_json,
                   coalesce((select json_agg(json_strip_nulls(json_build_object('staffId', t.staff_id, 'name', t.name,
                                     'discipline', t.discipline)) order by t.position)
                             from session_co_treater t where t.session_id = s.id), '[]')::text as co_treaters_json
            from session s left join session_note n on n.session_id = s.id
            """;

    private static final TypeReference<List<InterventionEntry>> INTERVENTIONS = new TypeReference<>() {
    };
    private static final TypeReference<List<RecordedMeasurement>> MEASUREMENTS = new TypeReference<>() {
    };
    private static final TypeReference<List<ScoreEntry>> SCORES = new TypeReference<>() {
    };
    private static final TypeReference<List<CoTreater>> CO_TREATERS = new TypeReference<>() {
    };

    private final EntityManager em;
    private final ObjectMapper json;

    SessionQueries(EntityManager em, ObjectMapper json) {
        this.em = em;
        this.json = json;
    }

    Optional<SessionView> byId(UUID sessionId) {
        Query query = em.createNativeQuery(SELECT + " where s.id = :id", Session.WITH_DETAILS).setParameter("id", sessionId);
        return rows(query).stream().findFirst();
    }

    /** A client's sessions, newest first (startsAt, then id), within the window and after the cursor. */
    List<SessionView> ofClient(UUID clientId, TimeWindow window, Optional<SessionPosition> after, int fetchSize) {
        StringBuilder sql = new StringBuilder(SELECT).append(" where s.client_id = :client and ")
                .append(RecordType.SESSION.notMarked("s.id"));
        if (window.from() != null) {
            sql.append(" and s.starts_at >= :from");
        }
        if (window.to() != null) {
            sql.append(" and s.starts_at < :to");
        }
        if (after.isPresent()) {
            sql.append(" and (s.starts_at, s.id) < (:afterStart, :afterId)");
        }
        sql.append(" order by s.starts_at desc, s.id desc limit :limit");

        // A page is only read: its sessions are loaded without the snapshots Hibernate keeps to find changes.
        Query query = em.createNativeQuery(sql.toString(), Session.WITH_DETAILS)
                .setHint(HibernateHints.HINT_READ_ONLY, true)
                .setParameter("client", clientId)
                .setParameter("limit", fetchSize);
        if (window.from() != null) {
            query.setParameter("from", window.from());
        }
        if (window.to() != null) {
            query.setParameter("to", window.to());
        }
        after.ifPresent(position -> query.setParameter("afterStart", position.startsAt()).setParameter("afterId", position.id()));
        return rows(query);
    }

    private List<SessionView> rows(Query query) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(this::view).toList();
    }

    private SessionView view(Object[] row) {
        Session session = (Session) row[0];
        SessionResponse body = new SessionResponse(session.id, session.clientId, session.therapistId,
                Session.asSent(session.startsAt, session.startsAtOffset), Session.asSent(session.endsAt, session.endsAtOffset),
                session.setting, session.kind, session.status, session.cancellationReason,
                session.groupSessionId, session.familyPresent,
                parse((String) row[2], INTERVENTIONS), parse((String) row[3], MEASUREMENTS), parse((String) row[4], SCORES),
                parse((String) row[5], CO_TREATERS), NoteState.ofCode((String) row[1]), session.createdAt, session.updatedAt, null);
        return new SessionView(body, session.version);
    }

    private <T> List<T> parse(String array, TypeReference<List<T>> type) {
        try {
            return json.readValue(array, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Session details from the database are not the expected JSON", e);
        }
    }
}
