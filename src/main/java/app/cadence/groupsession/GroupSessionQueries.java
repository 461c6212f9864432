package app.cadence.groupsession;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import app.cadence.common.paging.TimeWindow;
import app.cadence.common.persistence.CodedEnum;
import app.cadence.security.ClientReach;
import app.cadence.session.CoTreater;
import app.cadence.session.InterventionEntry;
import app.cadence.session.Session;
import app.cadence.session.SessionPosition;
import app.cadence.session.SessionSetting;

/**
 * Group sessions as one caller may see them, in ONE statement whatever the page size. The caller's
 * reach decides, in SQL, which participants are shown: only those are aggregated into the row
 * (names included); the others are only counted, so no name, id or record of a child outside the
 * caller's care teams is ever read into the application for this caller. A group session with no
 * participant within reach is not returned at all.
 */
@ApplicationScoped
class GroupSessionQueries {

    private static final String SELECT = """
            select g.id, g.starts_at, g.ends_at, g.setting, g.created_at, g.updated_at, g.version,
                   coalesce((select json_agg(json_build_object('code', i.intervention_code, 'song', i.song,
                                     'instrument', i.instrument, 'clientResponse', i.client_response,
                                     'minutes', i.minutes) order by i.position)
                             from group_session_intervention i where i.group_session_id = g.id), '[]')::text,
                   coalesce((select json_agg(f.staff_id order by f.position)
                             from group_session_facilitator f where f.group_session_id = g.id), '[]')::text,
                   coalesce((select json_agg(json_strip_nulls(json_build_object('staffId', t.staff_id, 'name', t.name,
                                     'discipline', t.discipline)) order by t.position)
                             from group_session_co_treater t where t.group_session_id = g.id), '[]')::text,
                   coalesce((select json_agg(json_strip_nulls(json_build_object('sessionId', s.id, 'clientId', s.client_id,
                                     'clientName', c.given_name || ' ' || c.family_name, 'status', s.status,
                                     'cancellationReason', s.cancellation_reason,
                                     'noteStatus', case when n.status is null then 'none'
                                                        else n.status end))
                                     order by c.family_name, c.given_name, s.id)
                             from session s join client c on c.id = s.client_id
                                  left join session_note n on n.session_id = s.id
                             where s.group_session_id = g.id and %1$s
                               and not exists (select 1 from entered_in_error eie where eie.record_type = 'session' and eie.record_id = s.id)), '[]')::text,
                   (select count(*) from session s where s.group_session_id = g.id and not (%2$s)
                        and not exists (select 1 from entered_in_error eie where eie.record_type = 'session' and eie.record_id = s.id)),
                   g.starts_at_offset, g.ends_at_offset
            from group_session g
            """;

    private static final TypeReference<List<InterventionEntry>> INTERVENTIONS = new TypeReference<>() {
    };
    private static final TypeReference<List<UUID>> IDS = new TypeReference<>() {
    };
    private static final TypeReference<List<CoTreater>> CO_TREATERS = new TypeReference<>() {
    };
    private static final TypeReference<List<GroupParticipant>> PARTICIPANTS = new TypeReference<>() {
    };

    private final EntityManager em;
    private final ObjectMapper json;

    GroupSessionQueries(EntityManager em, ObjectMapper json) {
        this.em = em;
        this.json = json;
    }

    /** The group session as this caller sees it; empty when it is missing or none of its participants is within reach. */
    Optional<GroupSessionView> byId(ClientReach reach, UUID id) {
        Query query = reach.bind(em.createNativeQuery(select(reach) + " where g.id = :id and " + reached(reach)))
                .setParameter("id", id);
        return rows(query).stream().findFirst();
    }

    /** Newest first, the group sessions with at least one participant within reach. */
    List<GroupSessionView> list(ClientReach reach, TimeWindow window, Optional<SessionPosition> after, int fetchSize) {
        StringBuilder sql = new StringBuilder(select(reach)).append(" where ").append(reached(reach));
        if (window.from() != null) {
            sql.append(" and g.starts_at >= :from");
        }
        if (window.to() != null) {
            sql.append(" and g.starts_at < :to");
        }
        if (after.isPresent()) {
            sql.append(" and (g.starts_at, g.id) < (:afterStart, :afterId)");
        }
        sql.append(" order by g.starts_at desc, g.id desc limit :limit");
        Query query = reach.bind(em.createNativeQuery(sql.toString())).setParameter("limit", fetchSize);
        if (window.from() != null) {
            query.setParameter("from", window.from());
        }
        if (window.to() != null) {
            query.setParameter("to", window.to());
        }
        after.ifPresent(position -> query.setParameter("afterStart", position.startsAt()).setParameter("afterId", position.id()));
        return rows(query);
    }

    private static String select(ClientReach reach) {
        return SELECT.formatted(reach.condition("s.client_id"), reach.condition("s.client_id"));
    }

    private static String reached(ClientReach reach) {
        return reach.unlimited() ? "true"
                : "exists (select 1 from session s where s.group_session_id = g.id and " + reach.condition("s.client_id") + ")";
    }

    private List<GroupSessionView> rows(Query query) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(this::view).toList();
    }

    private GroupSessionView view(Object[] row) {
        GroupSessionResponse body = new GroupSessionResponse((UUID) row[0],
                Session.asSent(time(row[1]), (Integer) row[12]), Session.asSent(time(row[2]), (Integer) row[13]),
                CodedEnum.fromCode(SessionSetting.class, (String) row[3]), parse(row[7], INTERVENTIONS), parse(row[8], IDS),
                parse(row[9], CO_TREATERS), parse(row[10], PARTICIPANTS), ((Number) row[11]).intValue(), time(row[4]),
                time(row[5]));
        return new GroupSessionView(body, ((Number) row[6]).longValue());
    }

    private static OffsetDateTime time(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof OffsetDateTime time ? time
                : OffsetDateTime.ofInstant((java.time.Instant) value, java.time.ZoneOffset.UTC);
    }

    private <T> List<T> parse(Object array, TypeReference<List<T>> type) {
        try {
            return json.readValue((String) array, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Group session details from the database are not the expected JSON", e);
        }
    }
}
