package app.cadence.plan;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

import app.cadence.common.paging.Cursor;
import app.cadence.common.paging.Page;
import app.cadence.common.paging.PageRequest;
import app.cadence.common.persistence.Rows;
import app.cadence.common.time.ProgramTime;
import app.cadence.security.AccessPolicy;
import app.cadence.security.Action;
import app.cadence.security.ClientReach;

/**
 * Plans in force whose review is overdue or whose child is seen less often than planned, earliest
 * review date first, in one statement: a therapist's for the clients on their care teams, a
 * supervisor's for everyone. "Today" is the program's date; "less often" compares the completed
 * sessions of the last 7 days with the plan's sessions per week, once the plan has been in force
 * for 7 days.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class PlanWorklistService {

    private final EntityManager em;
    private final AccessPolicy access;
    private final ProgramTime programTime;

    PlanWorklistService(EntityManager em, AccessPolicy access, ProgramTime programTime) {
        this.em = em;
        this.access = access;
        this.programTime = programTime;
    }

    public Page<PlanAttention> needingAttention(PageRequest page) {
        ClientReach reach = access.listReach(Action.READ_WORKLIST);
        Optional<Cursor> after = Cursor.decode(page.cursor, 2);
        LocalDate today = LocalDate.now(programTime.timeZone());
        StringBuilder sql = new StringBuilder("""
                select * from (
                    select p.id, p.client_id, c.given_name, c.family_name, p.start_date, p.review_date, p.sessions_per_week,
                           (select count(*) from session s where s.client_id = p.client_id and s.status = 'completed'
                                and s.starts_at >= :weekAgo and s.starts_at <= :now
                                and not exists (select 1 from entered_in_error eie where eie.record_type = 'session' and eie.record_id = s.id)) as seen
                    from treatment_plan p join client c on c.id = p.client_id
                    where p.status = 'active' and c.status <> 'entered-in-error'""");
        if (!reach.unlimited()) {
            // The care team (a therapist) and the caller's facilities (everyone).
            sql.append(" and ").append(reach.condition("p.client_id", "c.facility"));
        }
        sql.append("""
                ) w where (w.review_date < :today or (w.start_date <= :weekStart and w.seen < w.sessions_per_week))""");
        if (after.isPresent()) {
            sql.append(" and (w.review_date, w.id) > (:afterDate, :afterId)");
        }
        sql.append(" order by w.review_date, w.id limit :limit");
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        Query query = reach.bind(em.createNativeQuery(sql.toString()))
                .setParameter("weekAgo", now.minusDays(7)).setParameter("now", now)
                .setParameter("today", today).setParameter("weekStart", today.minusDays(7))
                .setParameter("limit", page.fetchSize());
        after.ifPresent(c -> query.setParameter("afterDate", c.date(0)).setParameter("afterId", c.uuid(1)));
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        List<PlanAttention> items = rows.stream().map(row -> item(row, today)).toList();
        return Page.of(items, page.limit, item -> Cursor.of(item.reviewDate(), item.planId()), item -> item);
    }

    private static PlanAttention item(Object[] row, LocalDate today) {
        LocalDate start = Rows.date(row[4]);
        LocalDate review = Rows.date(row[5]);
        int perWeek = ((Number) row[6]).intValue();
        int seen = ((Number) row[7]).intValue();
        List<PlanAttentionReason> reasons = new ArrayList<>();
        if (review.isBefore(today)) {
            reasons.add(PlanAttentionReason.REVIEW_OVERDUE);
        }
        if (!start.isAfter(today.minusDays(7)) && seen < perWeek) {
            reasons.add(PlanAttentionReason.SEEN_LESS_THAN_PLANNED);
        }
        return new PlanAttention((UUID) row[0], (UUID) row[1], row[2] + " " + row[3], start, review, perWeek, seen, reasons);
    }
}
