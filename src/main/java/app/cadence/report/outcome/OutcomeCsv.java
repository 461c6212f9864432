package app.cadence.report.outcome;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Function;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import app.cadence.intervention.InterventionCategory;
import app.cadence.session.SessionKind;

/**
 * The outcome report as CSV for spreadsheets: a header row, one row per group, then a Total row.
 * A suppressed cell reads "suppressed"; a figure that does not apply to a group is empty.
 * Intervention and scale columns cover every code and scale that appears anywhere in the report.
 */
final class OutcomeCsv {

    static final String SUPPRESSED = "suppressed";

    private OutcomeCsv() {
    }

    private record Column(String name, Function<OutcomeReport.GroupFigures, String> value) {
    }

    static String write(OutcomeReport report) {
        List<OutcomeReport.GroupFigures> rows = new ArrayList<>(report.groups() == null ? List.of() : report.groups());
        rows.add(report.total());
        List<Column> columns = columns(rows);
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder()
                .setHeader(columns.stream().map(Column::name).toArray(String[]::new)).get())) {
            for (OutcomeReport.GroupFigures row : rows) {
                List<String> values = new ArrayList<>();
                for (Column column : columns) {
                    values.add(column.value().apply(row));
                }
                printer.printRecord(values);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static List<Column> columns(List<OutcomeReport.GroupFigures> rows) {
        List<Column> columns = new ArrayList<>();
        columns.add(new Column("group_key", g -> g.key() == null ? "total" : g.key()));
        columns.add(new Column("group_label", g -> g.key() == null ? "Total" : g.label()));
        columns.add(new Column("sessions_completed", g -> count(g.sessions().completed())));
        columns.add(new Column("sessions_cancelled", g -> count(g.sessions().cancelled())));
        columns.add(new Column("sessions_no_show", g -> count(g.sessions().noShow())));
        columns.add(new Column("group_sessions", g -> count(g.sessions().groupSessions())));
        for (SessionKind kind : SessionKind.values()) {
            columns.add(new Column("sessions_" + snake(kind.code()), g -> count(g.sessions().byKind().get(kind.code()))));
        }
        for (String reason : OutcomeReportService.REASONS) {
            columns.add(new Column("cancelled_" + snake(reason), g -> count(g.sessions().cancelledByReason().get(reason))));
        }
        for (String reason : OutcomeReportService.REASONS) {
            columns.add(new Column("no_show_" + snake(reason), g -> count(g.sessions().noShowByReason().get(reason))));
        }
        columns.add(new Column("clients_served", g -> count(g.clientsServed())));
        columns.add(new Column("therapy_minutes", g -> count(g.therapyMinutes())));
        columns.add(new Column("referrals_received", g -> g.referrals() == null ? "" : count(g.referrals().received())));
        columns.add(new Column("referrals_accepted", g -> g.referrals() == null ? "" : count(g.referrals().accepted())));
        columns.add(new Column("referrals_declined", g -> g.referrals() == null ? "" : count(g.referrals().declined())));
        columns.add(new Column("referrals_pending", g -> g.referrals() == null ? "" : count(g.referrals().pending())));
        columns.add(new Column("median_days_to_first_session", g -> g.referrals() == null ? ""
                : Boolean.TRUE.equals(g.referrals().medianDaysToFirstSession().suppressed()) ? SUPPRESSED
                : number(g.referrals().medianDaysToFirstSession().value())));
        columns.add(new Column("goals_set", g -> g.goals() == null ? "" : count(g.goals().set())));
        columns.add(new Column("goals_achieved", g -> g.goals() == null ? "" : count(g.goals().achieved())));
        columns.add(new Column("goals_discontinued", g -> g.goals() == null ? "" : count(g.goals().discontinued())));
        columns.add(new Column("goals_criterion_met", g -> g.goals() == null ? "" : count(g.goals().criterionMet())));
        TreeSet<String> codes = new TreeSet<>();
        TreeSet<String> scales = new TreeSet<>();
        for (OutcomeReport.GroupFigures row : rows) {
            row.interventions().forEach(c -> c.interventions().forEach(i -> codes.add(i.code())));
            row.scales().forEach(s -> scales.add(s.scale()));
        }
        for (InterventionCategory category : InterventionCategory.values()) {
            columns.add(new Column("interventions_" + category.code() + "_uses", g -> g.interventions().stream()
                    .filter(c -> c.category().equals(category.code())).findFirst().map(c -> count(c.uses())).orElse("0")));
        }
        for (String code : codes) {
            columns.add(new Column("intervention_" + snake(code) + "_uses", g -> g.interventions().stream()
                    .flatMap(c -> c.interventions().stream()).filter(i -> i.code().equals(code)).findFirst()
                    .map(i -> count(i.uses())).orElse("0")));
        }
        for (String scale : scales) {
            String prefix = snake(scale) + "_";
            scaleColumn(columns, scale, prefix + "pairs", s -> number(s.pairs()));
            scaleColumn(columns, scale, prefix + "clients", s -> number(s.clients()));
            scaleColumn(columns, scale, prefix + "mean_pre", s -> number(s.meanPre()));
            scaleColumn(columns, scale, prefix + "mean_post", s -> number(s.meanPost()));
            scaleColumn(columns, scale, prefix + "mean_change", s -> number(s.meanChange()));
            scaleColumn(columns, scale, prefix + "mean_change_ci95_lower",
                    s -> s.meanChangeCi95() == null ? "" : number(s.meanChangeCi95().lower()));
            scaleColumn(columns, scale, prefix + "mean_change_ci95_upper",
                    s -> s.meanChangeCi95() == null ? "" : number(s.meanChangeCi95().upper()));
            scaleColumn(columns, scale, prefix + "median_change", s -> number(s.medianChange()));
            scaleColumn(columns, scale, prefix + "share_improved", s -> number(s.shareImproved()));
            scaleColumn(columns, scale, prefix + "share_unchanged", s -> number(s.shareUnchanged()));
            scaleColumn(columns, scale, prefix + "share_worse", s -> number(s.shareWorse()));
            scaleColumn(columns, scale, prefix + "wilcoxon_p", s -> number(s.wilcoxon().pValue()));
            scaleColumn(columns, scale, prefix + "wilcoxon_method",
                    s -> s.wilcoxon().method() == null ? "" : s.wilcoxon().method().code());
            scaleColumn(columns, scale, prefix + "rank_biserial", s -> number(s.rankBiserial()));
        }
        return columns;
    }

    private static void scaleColumn(List<Column> columns, String scale, String name,
            Function<OutcomeReport.ScaleOutcome, String> value) {
        columns.add(new Column(name, g -> g.scales().stream().filter(s -> s.scale().equals(scale)).findFirst()
                .map(s -> Boolean.TRUE.equals(s.suppressed()) ? SUPPRESSED : value.apply(s)).orElse("")));
    }

    private static String count(OutcomeReport.Count count) {
        if (count == null) {
            return "";
        }
        return Boolean.TRUE.equals(count.suppressed()) ? SUPPRESSED : String.valueOf(count.value());
    }

    private static String number(Number value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Double d) {
            return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
        }
        return value.toString();
    }

    private static String snake(String code) {
        return code.replaceAll("[^A-Za-z0-9]+", "_");
    }
}
