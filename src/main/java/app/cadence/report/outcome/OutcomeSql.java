package app.cadence.report.outcome;

import java.util.ArrayList;
import java.util.List;

import app.cadence.correction.MeasurementMarking;
import app.cadence.correction.RecordType;
import app.cadence.report.Facilities;
import app.cadence.security.FacilityScope;

/**
 * The outcome report as ONE statement. The period's sessions are read once into a materialized
 * CTE, and the details of the completed ones (interventions, pre/post scores, goal measurements)
 * are joined to it once each; every figure is then an aggregate over those CTEs, with the groups
 * and the total side by side. Referrals and goals, which are not sessions, are read from their own
 * time indexes. Rows come back in one shape:
 * (section, total, group, key, subkey, n, clients, x1, x2).
 *
 * <p>What counts is defined once: a session of the period that happened or was missed
 * ({@link #COUNTED_SESSION}) of a client that is not entered in error ({@link #COUNTED_CLIENT}).
 * Cancelled and no-show sessions are also counted by reason (the reasons section), and completed
 * participants' sessions of group sessions by distinct group session (group-sessions).
 */
final class OutcomeSql {

    static final String COUNTED_CLIENT = "c.status <> 'entered-in-error'";
    /** Sessions marked entered-in-error never count (issue 13, item 6). */
    static final String COUNTED_SESSION = "s.status in ('completed', 'cancelled', 'no-show') and "
            + RecordType.SESSION.notMarked("s.id");

    private final GroupBy groupBy;
    private final boolean facility;
    private final boolean unit;
    private final boolean ownCaseload;

    /** The caller's facilities: the report covers only their clients (every facility for a program lead). */
    private FacilityScope facilityScope = FacilityScope.EVERY_FACILITY;

    OutcomeSql within(FacilityScope scope) {
        this.facilityScope = scope;
        return this;
    }

    OutcomeSql(GroupBy groupBy, boolean facility, boolean unit, boolean ownCaseload) {
        this.groupBy = groupBy;
        this.facility = facility;
        this.unit = unit;
        this.ownCaseload = ownCaseload;
    }

    String statement() {
        List<String> parts = new ArrayList<>();
        boolean grouped = groupBy != null;
        String median = "percentile_cont(0.5) within group (order by days)";
        if (grouped) {
            parts.add(part("sessions", "g", "status", null, "sum(n)", "count(distinct client_id)", "sum(m)", null,
                    "ss group by g, status"));
            parts.add(part("kinds", "g", "kind", null, "sum(n)", "count(distinct client_id)", "sum(m)", null,
                    "ss where status = 'completed' group by g, kind"));
            parts.add(part("reasons", "g", "status", "reason", "count(*)", "count(distinct client_id)", null, null,
                    "sg where status in ('cancelled', 'no-show') group by g, status, reason"));
            parts.add(part("group-sessions", "g", null, null, "count(distinct group_session_id)",
                    "count(distinct client_id)", null, null,
                    "sg where status = 'completed' and group_session_id is not null group by g"));
            parts.add(part("interventions", "g", "category", "code", "sum(n)", "count(*)", null, null,
                    "ia group by g, category, code"));
            parts.add(part("interventions", "g", "category", null, "sum(n)", "count(distinct client_id)", null, null,
                    "ia group by g, category"));
            parts.add(part("scale-pairs", "g", "scale", null, "sum(n)", null, "pre", "post",
                    "sa group by g, scale, pre, post"));
            parts.add(part("scale-clients", "g", "scale", null, "sum(n)", "count(distinct client_id)", null, null,
                    "sa group by g, scale"));
            if (groupBy.groupsGoals()) {
                parts.add(part("goals", "g", "event", null, "count(*)", "count(distinct client_id)", null, null,
                        "gl group by g, event"));
                parts.add(part("goals", "g", "'criterion-met'", null, "count(*)", "count(distinct client_id)", null, null,
                        "met group by g"));
            }
            if (groupBy.groupsReferrals()) {
                parts.add(part("referrals", "g", "coalesce(status, 'received')", null, "count(*)",
                        "count(distinct client_id)", null, null, "rf group by grouping sets ((g, status), (g))"));
                parts.add(part("referral-days", "g", null, null, "count(*)", "count(distinct client_id)", median, null,
                        "rd group by g"));
            }
        }
        parts.add(part("sessions", null, "status", null, "sum(n)", "count(distinct client_id)", "sum(m)", null,
                "st group by status"));
        parts.add(part("kinds", null, "kind", null, "sum(n)", "count(distinct client_id)", "sum(m)", null,
                "st where status = 'completed' group by kind"));
        // Why sessions did not happen; rows from before reasons were required count as not-recorded.
        parts.add(part("reasons", null, "status", "reason", "count(*)", "count(distinct client_id)", null, null,
                "s where status in ('cancelled', 'no-show') group by status, reason"));
        // A group session counts once, however many of its participants attended (at least one did).
        parts.add(part("group-sessions", null, null, null, "count(distinct group_session_id)",
                "count(distinct client_id)", null, null,
                "s where status = 'completed' and group_session_id is not null"));
        parts.add(part("interventions", null, "category", "code", "sum(n)", "count(*)", null, null,
                "it group by category, code"));
        parts.add(part("interventions", null, "category", null, "sum(n)", "count(distinct client_id)", null, null,
                "it group by category"));
        parts.add(part("scale-pairs", null, "scale", null, "sum(n)", null, "pre", "post", "sat group by scale, pre, post"));
        parts.add(part("scale-clients", null, "scale", null, "sum(n)", "count(distinct client_id)", null, null,
                "sat group by scale"));
        parts.add(part("goals", null, "event", null, "count(*)", "count(distinct client_id)", null, null,
                "gl group by event"));
        parts.add(part("goals", null, "'criterion-met'", null, "count(*)", "count(distinct client_id)", null, null, "met"));
        parts.add(part("referrals", null, "coalesce(status, 'received')", null, "count(*)", "count(distinct client_id)",
                null, null, "rf group by grouping sets ((status), ())"));
        parts.add(part("referral-days", null, null, null, "count(*)", "count(distinct client_id)", median, null, "rd"));
        return ctes(groupBy == GroupBy.INTERVENTION_CATEGORY) + "\n" + String.join("\nunion all\n", parts);
    }

    /** One aggregate of the result, in the common row shape; a null group expression marks a total row. */
    private static String part(String section, String group, String key, String subkey, String n, String clients,
            String x1, String x2, String from) {
        return "select '" + section + "', " + (group == null) + ", " + typed(group, "text") + ", " + typed(key, "text")
                + ", " + typed(subkey, "text") + ", " + typed(n, "bigint") + ", " + typed(clients, "bigint") + ", "
                + typed(x1, "numeric") + ", " + typed(x2, "numeric") + " from " + from;
    }

    private static String typed(String expression, String type) {
        return "cast(" + (expression == null ? "null" : expression) + " as " + type + ")";
    }

    /**
     * The period's sessions and their details, each read once, then reduced by hash aggregation to
     * one row per child and figure (ss, st, ia, it, sa, sat): counting distinct children over those
     * small sets spares sorting the period's rows.
     */
    private String ctes(boolean byCategory) {
        String clientFilters = (facilityScope.everyFacility() ? "" : " and " + facilityScope.arraySql(Facilities.CLIENT_FACILITY))
                + (facility ? " and " + Facilities.CLIENT_FACILITY + " = :facility" : "")
                + (unit ? " and c.unit = :unit" : "");
        return """
                with s as materialized (
                    select s.id, s.client_id, s.status, s.kind, s.starts_at, s.group_session_id,
                           coalesce(s.cancellation_reason, 'not-recorded') as reason,
                           extract(epoch from s.ends_at - s.starts_at) / 60 as minutes, %1$s as g
                    from session s join client c on c.id = s.client_id
                    where s.starts_at >= :from and s.starts_at < :to and %2$s and %3$s%4$s%5$s
                ),
                si as materialized (
                    select s.id as session_id, s.client_id, %6$s as g, i.category, i.code
                    from s join session_intervention u on u.session_id = s.id
                           join intervention i on i.code = u.intervention_code
                    where s.status = 'completed'
                ),
                sg as (%7$s),
                sc as materialized (
                    select s.id as session_id, s.client_id, s.g, c.scale_code as scale, c.pre, c.post
                    from s join session_score c on c.session_id = s.id
                    where s.status = 'completed' and c.pre is not null and c.post is not null
                ),
                ss as (
                    select g, client_id, status, kind, count(*) as n, sum(minutes) as m from sg group by 1, 2, 3, 4
                ),
                st as (
                    select client_id, status, kind, count(*) as n, sum(minutes) as m from s group by 1, 2, 3
                ),
                ia as (select g, client_id, category, code, count(*) as n from si group by 1, 2, 3, 4),
                it as (select client_id, category, code, count(*) as n from si group by 1, 2, 3),
                sa as (%8$s),
                sat as (select scale, client_id, pre, post, count(*) as n from sc group by 1, 2, 3, 4),
                gm as (
                    select m.goal_id, s.client_id, s.g, s.starts_at, s.id as session_id, gg.criterion_sessions as needed,
                           case when gg.baseline is not null and gg.target < gg.baseline then m.value <= gg.target
                                else m.value >= gg.target end as reached
                    from s join goal_measurement m on m.session_id = s.id join goal gg on gg.id = m.goal_id
                    where s.status = 'completed' and %13$s and %16$s
                ),
                runs as (
                    -- One ordering for every window: a session's run length is its position in the goal's series
                    -- minus the position of the last session that missed the target.
                    select gm.*, row_number() over w - coalesce(max(case when not reached then position end) over w, 0)
                               as length
                    from (select gm.*, row_number() over (partition by goal_id order by starts_at, session_id) as position
                          from gm) gm
                    window w as (partition by goal_id order by starts_at, session_id rows unbounded preceding)
                ),
                met as (
                    select distinct on (goal_id) goal_id, client_id, g
                    from runs where reached and length >= needed
                    order by goal_id, starts_at, session_id
                ),
                gl as (
                    select g.id, g.client_id, e.event, %9$s as g
                    from goal g join client c on c.id = g.client_id
                         cross join lateral (values ('set', g.created_at), (g.status, g.updated_at)) e(event, at)
                    where %2$s%4$s%10$s and %14$s
                      and (g.created_at >= :from and g.created_at < :to
                           or g.status in ('achieved', 'discontinued') and g.updated_at >= :from and g.updated_at < :to)
                      and e.at >= :from and e.at < :to
                      and (e.event = 'set' and g.status <> 'proposed' or e.event in ('achieved', 'discontinued'))
                ),
                rf as (
                    select r.id, r.client_id, r.status, r.created_at, %11$s as g,
                           case when r.status = 'accepted' then (
                               select min(x.starts_at) from session x
                               where x.client_id = r.client_id and x.status = 'completed' and x.starts_at >= r.created_at
                                 and %15$s)
                           end as first_session
                    from referral r join client c on c.id = r.client_id
                    where r.created_at >= :from and r.created_at < :to and %2$s%4$s%12$s
                ),
                rd as (
                    select g, client_id, cast(first_session at time zone :tz as date)
                                         - cast(created_at at time zone :tz as date) as days
                    from rf where first_session is not null
                )""".formatted(sessionGroup(), COUNTED_CLIENT, COUNTED_SESSION, clientFilters,
                ownCaseload ? " and s.therapist_id = :therapist" : "",
                byCategory ? "i.category" : "s.g",
                byCategory ? """
                        select distinct s.id, s.client_id, s.status, s.kind, s.minutes, s.group_session_id, s.reason,
                               si.category as g
                        from s join si on si.session_id = s.id"""
                        : "select id, client_id, status, kind, minutes, group_session_id, reason, g from s",
                byCategory ? """
                        select sg.g, sc.scale, sc.client_id, sc.pre, sc.post, count(*) as n
                        from sg join sc on sc.session_id = sg.id group by 1, 2, 3, 4, 5"""
                        : "select g, scale, client_id, pre, post, count(*) as n from sc group by 1, 2, 3, 4, 5",
                goalGroup(), ownCaseload ? " and g.created_by = :therapist" : "",
                referralGroup(), ownCaseload ? " and r.decided_by = :therapist" : "",
                RecordType.GOAL.notMarked("gg.id"), RecordType.GOAL.notMarked("g.id"), RecordType.SESSION.notMarked("x.id"),
                MeasurementMarking.notMarked("m.session_id", "m.position"));
    }

    private String sessionGroup() {
        if (groupBy == null) {
            return "cast(null as text)";
        }
        return switch (groupBy) {
            case MONTH -> "to_char(s.starts_at at time zone :tz, 'YYYY-MM')";
            case FACILITY -> "coalesce(" + Facilities.CLIENT_FACILITY + ", '')";
            case UNIT -> "coalesce(c.unit, '')";
            case THERAPIST -> "cast(s.therapist_id as text)";
            case INTERVENTION_CATEGORY -> "cast(null as text)";
        };
    }

    private String goalGroup() {
        if (groupBy == null || !groupBy.groupsGoals()) {
            return "cast(null as text)";
        }
        return switch (groupBy) {
            case MONTH -> "to_char(e.at at time zone :tz, 'YYYY-MM')";
            case THERAPIST -> "cast(g.created_by as text)";
            default -> sessionGroup();
        };
    }

    private String referralGroup() {
        if (groupBy == null || !groupBy.groupsReferrals()) {
            return "cast(null as text)";
        }
        return groupBy == GroupBy.MONTH ? "to_char(r.created_at at time zone :tz, 'YYYY-MM')" : sessionGroup();
    }
}
