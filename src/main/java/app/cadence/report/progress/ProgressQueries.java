package app.cadence.report.progress;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import app.cadence.common.persistence.Rows;
import app.cadence.correction.MeasurementMarking;
import app.cadence.report.ReportPeriod;

/**
 * The statements of a progress report, one per section, each aggregating in PostgreSQL: their
 * number is fixed, whatever the number of sessions. "Signed" below means a completed session whose
 * note is signed; {@link #SIGNED_SESSIONS} is the one definition the sections use.
 */
@ApplicationScoped
class ProgressQueries {

    /** A client's documented sessions: completed, with a signed note (joined as n). */
    private static final String SIGNED_SESSIONS = """
             session s join session_note n on n.session_id = s.id and n.status = 'signed'
            """;
    /** ... of the period (parameters :client, :from, :to). */
    private static final String IN_PERIOD = """
             s.client_id = :client and s.status = 'completed' and s.starts_at >= :from and s.starts_at < :to
             and not exists (select 1 from entered_in_error eie where eie.record_type = 'session' and eie.record_id = s.id)
            """;

    private final EntityManager em;

    ProgressQueries(EntityManager em) {
        this.em = em;
    }

    /** Accepted referrals (kind 'accepted', decision time) and discharges ('discharge', recorded time, day), oldest first. */
    List<Object[]> episodeFacts(UUID client) {
        return rows(em.createNativeQuery("""
                select 'accepted', r.decided_at, null::date from referral r where r.client_id = :client and r.status = 'accepted'
                union all
                select 'discharge', d.created_at, d.discharged_on from discharge d where d.client_id = :client
                order by 2""").setParameter("client", client));
    }

    Optional<OffsetDateTime> firstSessionAfter(UUID client, OffsetDateTime after) {
        Query query = em.createNativeQuery("""
                select min(s.starts_at) from session s
                where s.client_id = :client and s.status = 'completed' and s.starts_at > :after
                  and not exists (select 1 from entered_in_error eie where eie.record_type = 'session' and eie.record_id = s.id)""")
                .setParameter("client", client)
                .setParameter("after", after == null ? OffsetDateTime.parse("1900-01-01T00:00:00Z") : after);
        return Optional.ofNullable(Rows.time(query.getSingleResult()));
    }

    /** The client's identifiers, by system. */
    List<Object[]> identifiers(UUID client) {
        return rows(em.createNativeQuery("""
                select i.system, i.value from client_identifier i where i.client_id = :client order by i.system, i.value""")
                .setParameter("client", client));
    }

    /** Staff on the care team at some time in the period: name, credentials, role, since, until, staff id. */
    List<Object[]> careTeam(UUID client, ReportPeriod period) {
        return rows(period(em.createNativeQuery("""
                select st.display_name, st.credentials, m.role, m.since, m.until, st.id
                from care_team_member m join staff st on st.id = m.staff_id
                where m.client_id = :client and m.since < :to and (m.until is null or m.until > :from)
                order by case m.role when 'primary-therapist' then 0 when 'therapist' then 1 else 2 end, m.since"""),
                client, period));
    }

    /** Accepted referrals decided before the end of the period, newest first: reasons, received, accepted. */
    List<Object[]> referrals(UUID client, ReportPeriod period) {
        return rows(em.createNativeQuery("""
                select array_to_string(r.reasons, ','), r.created_at, r.decided_at from referral r
                where r.client_id = :client and r.status = 'accepted' and r.decided_at < :to
                order by r.decided_at desc""")
                .setParameter("client", client).setParameter("to", period.end()));
    }

    /** The latest final assessment up to the end of the period. */
    List<Object[]> latestAssessment(UUID client, ReportPeriod period) {
        return rows(em.createNativeQuery("""
                select a.id, a.assessed_on, a.kind, a.summary, a.recommendations from assessment a
                where a.client_id = :client and a.status = 'final' and a.assessed_on <= :lastDay
                  and not exists (select 1 from entered_in_error eia where eia.record_type = 'assessment' and eia.record_id = a.id)
                order by a.assessed_on desc, a.id desc limit 1""")
                .setParameter("client", client).setParameter("lastDay", period.to()));
    }

    /**
     * Goals not closed before the period began, with when they were set (a proposed goal is still a
     * draft of the plan and is left out).
     */
    List<Object[]> goals(UUID client, ReportPeriod period) {
        return rows(em.createNativeQuery("""
                select g.id, g.domain, g.statement, g.measure_type, g.rating_min, g.rating_max, g.baseline, g.target,
                       g.criterion_sessions, g.target_date, g.status, g.created_at
                from goal g
                where g.client_id = :client and g.status <> 'proposed' and not exists (select 1 from entered_in_error eig where eig.record_type = 'goal' and eig.record_id = g.id)
                  and not (g.status in ('achieved', 'discontinued') and g.updated_at < :from)
                order by g.id""").setParameter("client", client).setParameter("from", period.start()));
    }

    /**
     * Signed measurements of the client's goals up to the end of the period (earlier ones too: a
     * criterion's run may have started before), by goal, oldest first.
     */
    List<Object[]> measurements(UUID client, ReportPeriod period) {
        return rows(em.createNativeQuery("""
                select m.goal_id, s.id, s.starts_at, m.value
                from session s join session_note n on n.session_id = s.id and n.status = 'signed'
                     join goal_measurement m on m.session_id = s.id
                where s.client_id = :client and s.status = 'completed' and s.starts_at < :to and not exists (select 1 from entered_in_error eie where eie.record_type = 'session' and eie.record_id = s.id)
                  and""" + MeasurementMarking.notMarked("m.session_id", "m.position") + """
                order by m.goal_id, s.starts_at, s.id""")
                .setParameter("client", client).setParameter("to", period.end()));
    }

    /**
     * Completed sessions of the period by setting and kind, and whether their note is signed:
     * setting, kind, signed, sessions, minutes, first start, last start, with family present.
     */
    List<Object[]> sessions(UUID client, ReportPeriod period) {
        return rows(period(em.createNativeQuery("""
                select s.setting, s.kind, coalesce(n.status = 'signed', false), count(*),
                       coalesce(sum(extract(epoch from s.ends_at - s.starts_at)) / 60, 0),
                       min(s.starts_at), max(s.starts_at), count(*) filter (where s.family_present)
                from session s left join session_note n on n.session_id = s.id
                where s.client_id = :client and s.status = 'completed' and s.starts_at >= :from and s.starts_at < :to
                  and not exists (select 1 from entered_in_error eie where eie.record_type = 'session' and eie.record_id = s.id)
                group by 1, 2, 3"""), client, period));
    }

    /** Interventions of the period's signed sessions: category, code, name, uses, minutes. */
    List<Object[]> interventions(UUID client, ReportPeriod period) {
        return rows(period(em.createNativeQuery("""
                select i.category, i.code, i.name, count(*), coalesce(sum(u.minutes), 0)
                from""" + SIGNED_SESSIONS + """
                     join session_intervention u on u.session_id = s.id
                     join intervention i on i.code = u.intervention_code
                where""" + IN_PERIOD + """
                group by i.category, i.code, i.name order by i.category, count(*) desc, i.code"""), client, period));
    }

    /**
     * Paired pre/post scores of the period's signed sessions per scale: code, name, lower is better,
     * pairs, mean pre, mean post, mean change, pairs improved.
     */
    List<Object[]> scales(UUID client, ReportPeriod period) {
        return rows(period(em.createNativeQuery("""
                select sl.code, sl.name, sl.lower_is_better, count(*), avg(c.pre), avg(c.post), avg(c.post - c.pre),
                       count(*) filter (where case when sl.lower_is_better then c.post < c.pre else c.post > c.pre end)
                from""" + SIGNED_SESSIONS + """
                     join session_score c on c.session_id = s.id and c.pre is not null and c.post is not null
                     join scale sl on sl.code = c.scale_code
                where""" + IN_PERIOD + """
                group by sl.code, sl.name, sl.lower_is_better order by sl.code"""), client, period));
    }

    /** The plan of the newest signed SOAP note up to the end of the period: session, start, plan, signed at, signer. */
    List<Object[]> latestPlan(UUID client, ReportPeriod period) {
        return rows(em.createNativeQuery("""
                select s.id, s.starts_at, n.plan, n.signed_at, st.display_name, st.credentials
                from session s join session_note n on n.session_id = s.id and n.status = 'signed' and n.plan is not null
                     join staff st on st.id = n.signed_by
                where s.client_id = :client and s.starts_at < :to and not exists (select 1 from entered_in_error eie where eie.record_type = 'session' and eie.record_id = s.id)
                order by s.starts_at desc, s.id desc limit 1""")
                .setParameter("client", client).setParameter("to", period.end()));
    }

    /** The newest treatment plan started by the last day of the period, with its latest review. */
    List<Object[]> treatmentPlan(UUID client, ReportPeriod period) {
        return rows(em.createNativeQuery("""
                select p.id, p.status, p.sessions_per_week, p.minutes_per_session, p.goal_ids::text, p.start_date,
                       p.review_date, r.outcome, r.reviewed_at
                from treatment_plan p
                     left join lateral (select r.outcome, r.reviewed_at from treatment_plan_review r where r.plan_id = p.id
                                        order by r.reviewed_at desc, r.id desc limit 1) r on true
                where p.client_id = :client and p.start_date <= :lastDay
                order by p.start_date desc, p.id desc limit 1""")
                .setParameter("client", client).setParameter("lastDay", period.to()));
    }

    /** The latest discharge dated within the period, with who recorded it. */
    List<Object[]> discharge(UUID client, ReportPeriod period) {
        return rows(em.createNativeQuery("""
                select d.discharged_on, d.reason, d.reason_detail, d.goal_outcomes::text, d.recommendations,
                       st.display_name, st.credentials
                from discharge d join staff st on st.id = d.discharged_by
                where d.client_id = :client and d.discharged_on between :firstDay and :lastDay
                order by d.id desc limit 1""")
                .setParameter("client", client).setParameter("firstDay", period.from())
                .setParameter("lastDay", period.to()));
    }

    private static Query period(Query query, UUID client, ReportPeriod period) {
        return query.setParameter("client", client).setParameter("from", period.start()).setParameter("to", period.end());
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(Query query) {
        return ((List<Object>) query.getResultList()).stream()
                .map(row -> row instanceof Object[] columns ? columns : new Object[] { row })
                .toList();
    }
}
