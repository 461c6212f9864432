package app.cadence.report.outcome;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import app.cadence.audit.AuditContext;
import app.cadence.common.persistence.BaseEntity;
import app.cadence.common.problem.ProblemException;
import app.cadence.intervention.InterventionCategory;
import app.cadence.report.Facilities;
import app.cadence.report.ReportDatabase;
import app.cadence.report.ReportPeriod;
import app.cadence.report.ReportsConfig;
import app.cadence.common.persistence.Rows;
import app.cadence.report.Text;
import app.cadence.security.AccessPolicy;
import app.cadence.security.Action;
import app.cadence.security.FacilityScope;
import app.cadence.security.Scope;
import app.cadence.session.CancellationReason;
import app.cadence.session.SessionKind;
import app.cadence.staff.StaffService;

/**
 * Computes an outcome report: one statement for every count ({@link OutcomeSql}), the paired
 * statistics per scale ({@link PairedStatistics}), and small-cell suppression when de-identified.
 * The figures and names are read from the reports database ({@link ReportDatabase}: the replicas
 * where there are any) in one read-only transaction; the caller's staff record and the audit event
 * stay on the primary.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class OutcomeReportService {

    static final String WORK_MEM = "64MB";

    /** The key of missed sessions recorded before reasons were required. */
    static final String NOT_RECORDED = "not-recorded";

    /** The reasons a missed session is counted by, in the order reports show them. */
    static final List<String> REASONS = reasons();

    private final ReportDatabase database;
    private final AccessPolicy access;
    private final Facilities facilities;
    private final ReportsConfig config;
    private final StaffService staff;
    private final AuditContext audit;

    OutcomeReportService(ReportDatabase database, AccessPolicy access, Facilities facilities, ReportsConfig config,
            StaffService staff, AuditContext audit) {
        this.database = database;
        this.access = access;
        this.facilities = facilities;
        this.config = config;
        this.staff = staff;
        this.audit = audit;
    }

    /** The staff lookup and the audit detail in the request's transaction; the figures are read apart. */
    @Transactional(Transactional.TxType.REQUIRED)
    public OutcomeReport report(OutcomeQuery query, String format) {
        // A report of one facility reads its dates (period, month buckets) in that facility's time zone.
        ZoneId zone = query.facility != null ? facilities.zoneOf(query.facility) : facilities.zone();
        ReportPeriod period = period(query, zone);
        audit.detail(query.auditDetail(period, format));
        UUID therapist = access.require(Action.READ_OUTCOMES) == Scope.ALL ? null : staff.currentId();
        if (query.deidentified && (period.from().getDayOfMonth() != 1
                || !period.to().equals(YearMonth.from(period.to()).atEndOfMonth()))) {
            throw ProblemException.invalid("from", "a de-identified report covers whole months: from must be the first "
                    + "day of a month and to the last day of a month");
        }

        FacilityScope facilityScope = access.facilityScope();
        return database.read(reader -> compute(reader, query, period, therapist, facilityScope));
    }

    private OutcomeReport compute(ReportDatabase.Reader reader, OutcomeQuery query, ReportPeriod period, UUID therapist,
            FacilityScope facilityScope) {
        Figures total = new Figures();
        Map<String, Figures> groups = new TreeMap<>();
        if (query.groupBy == GroupBy.MONTH) {
            for (YearMonth m = YearMonth.from(period.from()); !m.isAfter(YearMonth.from(period.to())); m = m.plusMonths(1)) {
                groups.put(m.toString(), new Figures());
            }
        }
        for (Object[] row : rows(reader, query, period, therapist, facilityScope)) {
            // A group whose key is unknown (a goal recorded without its author, grouped by therapist) is "" like
            // a client without a unit: shown as not recorded, never a null key.
            Figures figures = (Boolean) row[1] ? total
                    : groups.computeIfAbsent(row[2] == null ? "" : (String) row[2], key -> new Figures());
            figures.add((String) row[0], (String) row[3], (String) row[4], Rows.count(row[5]), Rows.count(row[6]),
                    decimal(row[7]), decimal(row[8]));
        }
        List<Map.Entry<String, Figures>> ordered = order(query.groupBy, query.deidentified, groups);
        int k = config.minimumCellSize();
        if (query.deidentified) {
            Suppression.apply(total, ordered.stream().map(Map.Entry::getValue).toList(), k);
        }
        Presenter presenter = new Presenter(query.groupBy, query.deidentified, interventionNames(reader), scales(reader),
                therapistNames(reader, query, groups.keySet()));
        List<OutcomeReport.GroupFigures> shown = null;
        if (query.groupBy != null) {
            shown = new ArrayList<>();
            for (int i = 0; i < ordered.size(); i++) {
                shown.add(presenter.group(ordered.get(i).getKey(), i, ordered.get(i).getValue()));
            }
        }
        return new OutcomeReport(periodShown(period, query.deidentified),
                query.facility == null && query.unit == null ? null : new OutcomeReport.Filters(query.facility, query.unit),
                query.groupBy, therapist == null ? Caseload.ALL : Caseload.OWN, query.deidentified, query.deidentified ? k : null,
                query.deidentified ? null : BaseEntity.now(), presenter.total(total), shown,
                Methods.describe(query.deidentified, k));
    }

    private static ReportPeriod period(OutcomeQuery query, ZoneId zone) {
        LocalDate from = ReportPeriod.date("from", query.from);
        LocalDate to = ReportPeriod.date("to", query.to);
        YearMonth now = YearMonth.now(zone);
        return ReportPeriod.of(from != null ? from : now.minusMonths(11).atDay(1), to != null ? to : now.atEndOfMonth(),
                zone);
    }

    private static OutcomeReport.Period periodShown(ReportPeriod period, boolean deidentified) {
        return deidentified
                ? new OutcomeReport.Period(YearMonth.from(period.from()).toString(), YearMonth.from(period.to()).toString(),
                        period.zone().getId())
                : new OutcomeReport.Period(period.from().toString(), period.to().toString(), period.zone().getId());
    }

    private static List<Object[]> rows(ReportDatabase.Reader reader, OutcomeQuery query, ReportPeriod period,
            UUID therapist, FacilityScope facilityScope) {
        String sql = new OutcomeSql(query.groupBy, query.facility != null, query.unit != null, therapist != null)
                .within(facilityScope).statement();
        // The statement hashes a year of sessions; the default 4 MB would send its aggregates to disk.
        // SET LOCAL ends with the report's transaction.
        reader.execute("set local work_mem = '" + WORK_MEM + "'");
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("from", period.start());
        parameters.put("to", period.end());
        parameters.put("tz", period.zone().getId());
        parameters.putAll(facilityScope.parameters());
        if (query.facility != null) {
            parameters.put("facility", query.facility);
        }
        if (query.unit != null) {
            parameters.put("unit", query.unit);
        }
        if (therapist != null) {
            parameters.put("therapist", therapist);
        }
        return reader.rows(sql, parameters);
    }

    /**
     * Months in order; categories in catalog order; therapists by sessions delivered (by id when
     * de-identified, which says nothing about them); other groups by key, "not recorded" last.
     */
    private static List<Map.Entry<String, Figures>> order(GroupBy groupBy, boolean deidentified,
            Map<String, Figures> groups) {
        List<Map.Entry<String, Figures>> entries = new ArrayList<>(groups.entrySet());
        if (groupBy == GroupBy.INTERVENTION_CATEGORY) {
            entries.sort(Comparator.comparingInt(e -> categoryRank(e.getKey())));
        } else if (groupBy == GroupBy.THERAPIST && !deidentified) {
            entries.sort(Comparator.comparingLong((Map.Entry<String, Figures> e) -> -e.getValue().cell(Figures.COMPLETED)
                    .value()).thenComparing(Map.Entry::getKey));
        } else {
            entries.sort(Comparator.comparing((Map.Entry<String, Figures> e) -> e.getKey().isEmpty())
                    .thenComparing(Map.Entry::getKey));
        }
        return entries;
    }

    private static int categoryRank(String code) {
        for (InterventionCategory category : InterventionCategory.values()) {
            if (category.code().equals(code)) {
                return category.ordinal();
            }
        }
        return Integer.MAX_VALUE;
    }

    private static Map<String, String> interventionNames(ReportDatabase.Reader reader) {
        return names(reader.rows("select code, name from intervention", Map.of()));
    }

    private static Map<String, String> names(List<Object[]> rows) {
        Map<String, String> names = new LinkedHashMap<>();
        rows.forEach(row -> names.put(Rows.text(row[0]), (String) row[1]));
        return names;
    }

    private static Map<String, Object[]> scales(ReportDatabase.Reader reader) {
        Map<String, Object[]> scales = new LinkedHashMap<>();
        reader.rows("select code, name, lower_is_better from scale", Map.of())
                .forEach(row -> scales.put((String) row[0], row));
        return scales;
    }

    /** Display names of the therapists grouped by, for an identified report. */
    private static Map<String, String> therapistNames(ReportDatabase.Reader reader, OutcomeQuery query,
            Set<String> groupKeys) {
        if (query.groupBy != GroupBy.THERAPIST || query.deidentified) {
            return Map.of();
        }
        // "" is the group of no recorded therapist, which has no name to look up.
        List<UUID> staffIds = groupKeys.stream().filter(key -> !key.isEmpty()).map(UUID::fromString).toList();
        if (staffIds.isEmpty()) {
            return Map.of();
        }
        return names(reader.rows("""
                select id, display_name || coalesce(', ' || credentials, '') from staff where id = any (:ids)""",
                Map.of("ids", staffIds)));
    }

    private static List<String> reasons() {
        List<String> reasons = new ArrayList<>();
        for (CancellationReason reason : CancellationReason.values()) {
            reasons.add(reason.code());
        }
        reasons.add(NOT_RECORDED);
        return List.copyOf(reasons);
    }

    private static BigDecimal decimal(Object value) {
        return value == null ? null : value instanceof BigDecimal d ? d : new BigDecimal(value.toString());
    }

    /** Turns counted figures into what the report shows, suppressed cells included. */
    private record Presenter(GroupBy groupBy, boolean deidentified, Map<String, String> interventionNames,
            Map<String, Object[]> scales, Map<String, String> therapistNames) {

        OutcomeReport.GroupFigures total(Figures figures) {
            return figures(null, "All", figures, true, true);
        }

        OutcomeReport.GroupFigures group(String key, int index, Figures figures) {
            String shownKey = key;
            String label;
            switch (groupBy) {
                case MONTH -> label = Text.month(YearMonth.parse(key).atDay(1));
                case FACILITY -> label = key.isEmpty() ? "No facility recorded" : key;
                case UNIT -> label = key.isEmpty() ? "No unit recorded" : key;
                case THERAPIST -> {
                    shownKey = deidentified ? "therapist-" + (index + 1) : key;
                    label = deidentified ? "Therapist " + (index + 1)
                            : key.isEmpty() ? "No therapist recorded" : therapistNames.getOrDefault(key, "Therapist");
                }
                case INTERVENTION_CATEGORY -> label = Text.words(key);
                default -> label = key;
            }
            return figures(shownKey, label, figures, groupBy.groupsReferrals(), groupBy.groupsGoals());
        }

        private OutcomeReport.GroupFigures figures(String key, String label, Figures f, boolean referrals, boolean goals) {
            Map<String, OutcomeReport.Count> byKind = new LinkedHashMap<>();
            for (SessionKind kind : SessionKind.values()) {
                byKind.put(kind.code(), OutcomeReport.Count.of(f, "kinds." + kind.code()));
            }
            OutcomeReport.Count completed = OutcomeReport.Count.of(f, Figures.COMPLETED);
            OutcomeReport.Count served = completed.suppressed() != null ? completed
                    : new OutcomeReport.Count(completed.clients(), completed.clients(), null);
            return new OutcomeReport.GroupFigures(key, label,
                    new OutcomeReport.Sessions(completed, OutcomeReport.Count.of(f, "sessions.cancelled"),
                            OutcomeReport.Count.of(f, "sessions.no-show"), OutcomeReport.Count.of(f, Figures.GROUP_SESSIONS),
                            byKind, byReason(f, Figures.CANCELLED_BY_REASON), byReason(f, Figures.NO_SHOW_BY_REASON)),
                    served, OutcomeReport.Count.of(f, Figures.MINUTES), referrals ? referrals(f) : null, interventions(f),
                    goals ? new OutcomeReport.Goals(OutcomeReport.Count.of(f, "goals.set"),
                            OutcomeReport.Count.of(f, "goals.achieved"), OutcomeReport.Count.of(f, "goals.discontinued"),
                            OutcomeReport.Count.of(f, "goals.criterion-met")) : null,
                    scales(f));
        }

        /** Every reason, zero when none, so the shape of the report does not depend on the period. */
        private static Map<String, OutcomeReport.Count> byReason(Figures f, String prefix) {
            Map<String, OutcomeReport.Count> counts = new LinkedHashMap<>();
            for (String reason : REASONS) {
                counts.put(reason, OutcomeReport.Count.of(f, prefix + reason));
            }
            return counts;
        }

        private static OutcomeReport.Referrals referrals(Figures f) {
            Figures.Cell days = f.cell(Figures.REFERRAL_DAYS);
            OutcomeReport.MedianDays median = f.isSuppressed(Figures.REFERRAL_DAYS)
                    ? new OutcomeReport.MedianDays(null, null, null, true)
                    : new OutcomeReport.MedianDays(days.value() == 0 ? null : f.medianDays, days.value(), days.clients(), null);
            return new OutcomeReport.Referrals(OutcomeReport.Count.of(f, "referrals.received"),
                    OutcomeReport.Count.of(f, "referrals.accepted"), OutcomeReport.Count.of(f, "referrals.declined"),
                    OutcomeReport.Count.of(f, "referrals.pending"), median);
        }

        private List<OutcomeReport.CategoryCount> interventions(Figures f) {
            List<OutcomeReport.CategoryCount> categories = new ArrayList<>();
            for (InterventionCategory category : InterventionCategory.values()) {
                String prefix = "interventions." + category.code();
                if (!f.cells.containsKey(prefix)) {
                    continue;
                }
                List<OutcomeReport.CodeCount> codes = f.cells.entrySet().stream()
                        .filter(e -> e.getKey().startsWith(prefix + "."))
                        .sorted(Comparator.comparingLong((Map.Entry<String, Figures.Cell> e) -> -e.getValue().value())
                                .thenComparing(Map.Entry::getKey))
                        .map(e -> {
                            String code = e.getKey().substring(prefix.length() + 1);
                            return new OutcomeReport.CodeCount(code, interventionNames.getOrDefault(code, code),
                                    OutcomeReport.Count.of(f, e.getKey()));
                        }).toList();
                categories.add(new OutcomeReport.CategoryCount(category.code(), OutcomeReport.Count.of(f, prefix), codes));
            }
            return categories;
        }

        private List<OutcomeReport.ScaleOutcome> scales(Figures f) {
            List<OutcomeReport.ScaleOutcome> outcomes = new ArrayList<>();
            f.pairs.forEach((scale, histogram) -> {
                Object[] definition = scales.get(scale);
                String name = definition == null ? scale : (String) definition[1];
                boolean lowerIsBetter = definition != null && (Boolean) definition[2];
                String key = "scales." + scale;
                if (f.isSuppressed(key)) {
                    outcomes.add(new OutcomeReport.ScaleOutcome(scale, name, lowerIsBetter, null, null, null, null, null,
                            null, null, null, null, null, null, null, true));
                    return;
                }
                PairedStatistics stats = PairedStatistics.of(histogram, lowerIsBetter);
                outcomes.add(new OutcomeReport.ScaleOutcome(scale, name, lowerIsBetter, stats.n(), f.cell(key).clients(),
                        stats.meanPre(), stats.meanPost(), stats.meanChange(),
                        stats.ciLower() == null ? null : new OutcomeReport.Interval(stats.ciLower(), stats.ciUpper()),
                        stats.medianChange(), stats.shareImproved(), stats.shareUnchanged(), stats.shareWorse(),
                        new OutcomeReport.Wilcoxon(stats.nonZero(), stats.wilcoxonP(), stats.wilcoxonMethod()),
                        stats.rankBiserial(), null));
            });
            return outcomes;
        }
    }
}
