package app.cadence.audit;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import app.cadence.common.paging.Cursor;
import app.cadence.common.paging.Page;
import app.cadence.common.paging.PageRequest;
import app.cadence.common.paging.TimeWindow;
import app.cadence.common.persistence.Rows;
import app.cadence.security.AccessPolicy;
import app.cadence.security.Action;
import app.cadence.security.ClientReach;

/** Reads the audit trail for supervisors: newest first, keyset-paged on (time, id), one statement. */
@ApplicationScoped
public class AuditTrail {

    private static final TypeReference<Map<String, Object>> DETAIL = new TypeReference<>() {
    };

    private final EntityManager em;
    private final AccessPolicy access;
    private final ObjectMapper json;

    AuditTrail(EntityManager em, AccessPolicy access, ObjectMapper json) {
        this.em = em;
        this.access = access;
        this.json = json;
    }

    public Page<AuditEventResponse> search(AuditEventFilter filter, PageRequest page) {
        // A supervisor of some facilities reads the events about their facilities' clients, and those
        // about no client (staff, catalog, refusals before any client was named); a program lead all.
        ClientReach reach = access.listReach(Action.READ_AUDIT);
        TimeWindow window = filter.window();
        Optional<Cursor> after = Cursor.decode(page.cursor, 2);
        StringBuilder sql = new StringBuilder("""
                select id, occurred_at, actor_subject, array_to_string(actor_roles, ','), action, resource_type,
                       resource_id, client_id, outcome, request_id, source_address, http_method, path, detail::text
                from audit_event where true""");
        if (!reach.unlimited()) {
            sql.append(" and (client_id is null or ").append(reach.condition("client_id")).append(")");
        }
        if (filter.clientId != null) {
            sql.append(" and client_id = :client");
        }
        if (filter.actor != null) {
            sql.append(" and actor_subject = :actor");
        }
        if (window.from() != null) {
            sql.append(" and occurred_at >= :from");
        }
        if (window.to() != null) {
            sql.append(" and occurred_at < :to");
        }
        if (after.isPresent()) {
            sql.append(" and (occurred_at, id) < (:afterTime, :afterId)");
        }
        sql.append(" order by occurred_at desc, id desc");
        Query query = reach.bind(em.createNativeQuery(sql.toString())).setMaxResults(page.fetchSize());
        if (filter.clientId != null) {
            query.setParameter("client", filter.clientId);
        }
        if (filter.actor != null) {
            query.setParameter("actor", filter.actor);
        }
        if (window.from() != null) {
            query.setParameter("from", window.from());
        }
        if (window.to() != null) {
            query.setParameter("to", window.to());
        }
        after.ifPresent(cursor -> query.setParameter("afterTime", cursor.time(0))
                .setParameter("afterId", cursor.uuid(1)));
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return Page.of(rows.stream().map(this::toResponse).toList(), page.limit,
                event -> Cursor.of(event.occurredAt(), event.id()), event -> event);
    }

    private AuditEventResponse toResponse(Object[] row) {
        String roles = (String) row[3];
        return new AuditEventResponse((UUID) row[0], Rows.time(row[1]), (String) row[2],
                roles == null || roles.isEmpty() ? List.of() : Arrays.asList(roles.split(",")),
                new AuditAction.DbConverter().convertToEntityAttribute((String) row[4]), (String) row[5], (String) row[6],
                (UUID) row[7], new AuditOutcome.DbConverter().convertToEntityAttribute((String) row[8]),
                (String) row[9], (String) row[10], (String) row[11], (String) row[12], detail((String) row[13]));
    }

    private Map<String, Object> detail(String stored) {
        if (stored == null) {
            return null;
        }
        try {
            return json.readValue(stored, DETAIL);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("An audit event's detail is not a JSON object", e);
        }
    }
}
