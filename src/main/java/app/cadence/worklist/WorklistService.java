package app.cadence.worklist;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;

import app.cadence.common.paging.Page;
import app.cadence.common.persistence.Rows;
import app.cadence.common.paging.PageRequest;
import app.cadence.correction.RecordType;
import app.cadence.note.NoteStatus;
import app.cadence.security.AccessPolicy;
import app.cadence.security.Action;
import app.cadence.security.ActiveCareTeamMember;
import app.cadence.security.Caller;
import app.cadence.security.ClientReach;
import app.cadence.security.FacilityScope;
import app.cadence.security.Scope;
import app.cadence.session.NoteState;
import app.cadence.session.Session;
import app.cadence.session.SessionPosition;

/**
 * Completed sessions whose note is missing or still a draft, oldest first, in one statement. A
 * therapist sees the sessions they ran for clients still on their care team (others' records are
 * hidden from them, and they could not write those notes anyway); a supervisor sees everyone's.
 * Clients entered in error are left out: their sessions need no signature.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class WorklistService {

    private final EntityManager em;
    private final AccessPolicy access;
    private final Caller caller;

    WorklistService(EntityManager em, AccessPolicy access, Caller caller) {
        this.em = em;
        this.access = access;
        this.caller = caller;
    }

    public Page<UnsignedNote> unsignedNotes(WorklistFilter filter, PageRequest page) {
        boolean ownOnly = access.require(Action.READ_WORKLIST) == Scope.CARE_TEAM;
        Optional<SessionPosition> after = SessionPosition.decode(page.cursor);
        // Statuses are literals, not parameters, so PostgreSQL plans with the partial indexes on completed sessions.
        StringBuilder hql = new StringBuilder("""
                select s.id, s.clientId, c.givenName, c.familyName, s.startsAt, s.therapistId, n.status, s.startsAtOffset
                from Session s join Client c on c.id = s.clientId left join SessionNote n on n.sessionId = s.id
                where s.status = app.cadence.session.SessionStatus.COMPLETED
                  and (n.id is null or n.status <> app.cadence.note.NoteStatus.SIGNED)
                  and c.status <> app.cadence.client.ClientStatus.ENTERED_IN_ERROR
                  and """ + RecordType.SESSION.notMarkedJpql("s.id"));
        if (ownOnly) {
            hql.append(" and s.therapistId = (select st.id from Staff st where st.subject = :subject) and ")
                    .append(ActiveCareTeamMember.jpql("s.clientId", ":subject"));
        }
        FacilityScope facilities = access.facilityScope();
        hql.append(" and ").append(facilities.jpql("c.facility"));
        Optional<UUID> therapist = filter.therapist();
        if (therapist.isPresent()) {
            hql.append(" and s.therapistId = :therapist");
        }
        if (after.isPresent()) {
            hql.append(" and (s.startsAt, s.id) > (:afterStart, :afterId)");
        }
        hql.append(" order by s.startsAt, s.id");

        TypedQuery<Object[]> query = facilities.bind(em.createQuery(hql.toString(), Object[].class))
                .setMaxResults(page.fetchSize());
        if (ownOnly) {
            query.setParameter("subject", caller.subject());
        }
        therapist.ifPresent(id -> query.setParameter("therapist", id));
        after.ifPresent(position -> query.setParameter("afterStart", position.startsAt()).setParameter("afterId", position.id()));
        List<UnsignedNote> rows = query.getResultStream().map(WorklistService::item).toList();
        return Page.of(rows, page.limit, item -> new SessionPosition(item.startsAt(), item.sessionId()).cursor(), item -> item);
    }

    /**
     * Interns' notes awaiting co-signature, oldest session first: a supervisor sees all of them, a
     * therapist those whose author names them as a supervising therapist, for clients on their care team.
     */
    public Page<PendingCosignature> pendingCosignatures(PageRequest page) {
        ClientReach reach = access.listReach(Action.COSIGN_NOTE);
        boolean named = !reach.everyone();
        Optional<SessionPosition> after = SessionPosition.decode(page.cursor);
        StringBuilder sql = new StringBuilder("""
                select s.id, s.client_id, c.given_name, c.family_name, s.starts_at, n.author_id, n.signed_at
                from session_note n join session s on s.id = n.session_id join client c on c.id = s.client_id
                     join staff author on author.id = n.author_id
                where n.status = 'awaiting-cosignature' and c.status <> 'entered-in-error'
                  and not exists (select 1 from entered_in_error eie where eie.record_type = 'session' and eie.record_id = s.id)""");
        if (named) {
            sql.append(" ").append("""
                     and exists (select 1 from staff me where me.subject = :subject
                                 and me.id = any (author.supervising_therapist_ids))""");
        }
        if (!reach.unlimited()) {
            // The care team (a therapist) and the caller's facilities (everyone).
            sql.append(" and ").append(reach.condition("s.client_id", "c.facility"));
        }
        if (after.isPresent()) {
            sql.append(" and (s.starts_at, s.id) > (:afterStart, :afterId)");
        }
        sql.append(" order by s.starts_at, s.id limit :limit");
        Query query = reach.bind(em.createNativeQuery(sql.toString())).setParameter("limit", page.fetchSize());
        if (named) {
            query.setParameter("subject", caller.subject());
        }
        after.ifPresent(position -> query.setParameter("afterStart", position.startsAt()).setParameter("afterId", position.id()));
        @SuppressWarnings("unchecked")
        List<Object[]> found = query.getResultList();
        List<PendingCosignature> rows = found.stream().map(row -> new PendingCosignature((UUID) row[0], (UUID) row[1],
                row[2] + " " + row[3], Rows.time(row[4]), (UUID) row[5], Rows.time(row[6]),
                NoteState.AWAITING_COSIGNATURE)).toList();
        return Page.of(rows, page.limit, item -> new SessionPosition(item.startsAt(), item.sessionId()).cursor(), item -> item);
    }

    private static UnsignedNote item(Object[] row) {
        return new UnsignedNote((UUID) row[0], (UUID) row[1], row[2] + " " + row[3],
                Session.asSent((OffsetDateTime) row[4], (Integer) row[7]), (UUID) row[5], NoteState.of((NoteStatus) row[6]));
    }
}
