package app.cadence.report.outcome;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import app.cadence.report.Text;
import app.cadence.report.pdf.BarChart;
import app.cadence.report.pdf.PdfReport;
import app.cadence.report.pdf.PdfReport.Field;
import app.cadence.report.pdf.Table;

/** The outcome report as a printable program summary with charts. */
final class OutcomeReportPdf {

    private static final String SHOWN_SUPPRESSED = "•";
    private static final Map<String, String> METHOD_TITLES = Map.of("counting", "What is counted", "pairs",
            "Pairs and change", "meanChangeCi95", "Mean change and its 95% confidence interval", "medianChange",
            "Median change", "wilcoxon", "Wilcoxon signed-rank test", "rankBiserial", "Effect size",
            "suppression", "De-identification");

    private final OutcomeReport report;
    private final PdfReport pdf;

    private OutcomeReportPdf(OutcomeReport report, String generatedBy, OffsetDateTime now) {
        this.report = report;
        ZoneId zone = ZoneId.of(report.period().timeZone());
        String period = period();
        String generated = report.deidentified()
                ? "De-identified program report · produced by Cadence in " + Text.month(now.atZoneSameInstant(zone).toLocalDate())
                : "Generated " + Text.moment(now, zone) + " by " + generatedBy;
        String notice = report.deidentified()
                ? "De-identified: no names, ids or dates finer than a month; every figure counting fewer than "
                        + report.minimumCellSize() + " children is suppressed (" + SHOWN_SUPPRESSED + "), with further "
                        + "cells suppressed so that none can be recovered from the totals. Suitable for sharing."
                : "CONFIDENTIAL. Internal program report: it names staff and may allow children to be recognised in small "
                        + "groups. Share outside the program only as a de-identified report.";
        this.pdf = new PdfReport(new PdfReport.Meta("Music therapy program outcomes, " + period,
                "Outcomes of the music therapy program", report.deidentified() ? "Cadence" : generatedBy,
                now, "Music therapy program outcomes · " + period, generated, notice));
    }

    static byte[] render(OutcomeReport report, String generatedBy, OffsetDateTime now) {
        OutcomeReportPdf document = new OutcomeReportPdf(report, generatedBy, now);
        try (PdfReport pdf = document.pdf) {
            document.write();
            return pdf.finish();
        }
    }

    private String period() {
        if (report.deidentified()) {
            return Text.month(YearMonth.parse(report.period().from()).atDay(1)) + " – "
                    + Text.month(YearMonth.parse(report.period().to()).atDay(1));
        }
        return Text.period(LocalDate.parse(report.period().from()), LocalDate.parse(report.period().to()));
    }

    private void write() {
        List<String> scope = new ArrayList<>();
        scope.add(period());
        if (report.filters() != null) {
            if (report.filters().facility() != null) {
                scope.add(report.filters().facility());
            }
            if (report.filters().unit() != null) {
                scope.add(report.filters().unit());
            }
        }
        if (report.caseload() == Caseload.OWN) {
            scope.add("own caseload");
        }
        pdf.title("Music therapy program outcomes", String.join(" · ", scope));
        keyFigures();
        groups();
        scales();
        interventions();
        methods();
    }

    private void keyFigures() {
        OutcomeReport.GroupFigures total = report.total();
        OutcomeReport.Referrals referrals = total.referrals();
        OutcomeReport.Goals goals = total.goals();
        List<Field> fields = new ArrayList<>();
        fields.add(new Field("Sessions completed", count(total.sessions().completed())));
        fields.add(new Field("Children served", count(total.clientsServed())));
        fields.add(new Field("Hours of music therapy", hours(total.therapyMinutes())));
        fields.add(new Field("Referrals received / accepted", count(referrals.received()) + " / " + count(referrals.accepted())));
        fields.add(new Field("Median days to first session",
                Boolean.TRUE.equals(referrals.medianDaysToFirstSession().suppressed()) ? SHOWN_SUPPRESSED
                        : Text.decimal(referrals.medianDaysToFirstSession().value(), 1)));
        fields.add(new Field("Goals achieved / criterion met", count(goals.achieved()) + " / " + count(goals.criterionMet())));
        fields.add(new Field("Sessions cancelled / no-show", count(total.sessions().cancelled()) + " / "
                + count(total.sessions().noShow())));
        fields.add(new Field("Group sessions", count(total.sessions().groupSessions())));
        fields.add(new Field("Cancelled by reason", reasons(total.sessions().cancelledByReason())));
        fields.add(new Field("No-show by reason", reasons(total.sessions().noShowByReason())));
        fields.add(new Field("Goals set", count(goals.set())));
        fields.add(new Field("Time zone", report.period().timeZone()));
        pdf.fields(fields, 3);
    }

    private void groups() {
        if (report.groups() == null || report.groups().isEmpty()) {
            return;
        }
        String by = Text.words(report.groupBy().code()).toLowerCase(Locale.ROOT);
        List<BarChart.Bar> bars = report.groups().stream()
                .map(g -> new BarChart.Bar(g.label(), value(g.sessions().completed()))).toList();
        pdf.heading("By " + by, BarChart.height("", bars));
        pdf.block(BarChart.height("", bars), (canvas, x, top, width) -> BarChart.draw(canvas,
                "Completed sessions by " + by, bars, x, top, width));
        Table table = Table.withColumn(Text.words(report.groupBy().code()), 3).number("Completed", 1.2f)
                .number("Cancelled", 1.2f).number("No-show", 1.1f).number("Children", 1.1f).number("Minutes", 1.2f)
                .number("Goals set", 1.1f).number("Criterion met", 1.3f);
        for (OutcomeReport.GroupFigures g : report.groups()) {
            table.row(g.label(), count(g.sessions().completed()), count(g.sessions().cancelled()),
                    count(g.sessions().noShow()), count(g.clientsServed()), count(g.therapyMinutes()),
                    g.goals() == null ? "n/a" : count(g.goals().set()), g.goals() == null ? "n/a" : count(g.goals().criterionMet()));
        }
        OutcomeReport.GroupFigures t = report.total();
        table.row("All", count(t.sessions().completed()), count(t.sessions().cancelled()), count(t.sessions().noShow()),
                count(t.clientsServed()), count(t.therapyMinutes()), count(t.goals().set()), count(t.goals().criterionMet()))
                .lastRowIsTotal();
        pdf.table(table);
        if (report.groupBy() == GroupBy.INTERVENTION_CATEGORY) {
            pdf.note("A session that used interventions of several categories counts in each of them, so the groups add "
                    + "up to more than the total.");
        }
    }

    private void scales() {
        pdf.heading("Before and after sessions", 60);
        if (report.total().scales().isEmpty()) {
            pdf.paragraph("No session in this period was scored both before and after.");
            return;
        }
        Table table = scaleTable("Scale");
        for (OutcomeReport.ScaleOutcome scale : report.total().scales()) {
            scaleRow(table, scale.name() + (scale.lowerIsBetter() ? " (lower is better)" : " (higher is better)"), scale);
        }
        pdf.table(table);
        if (report.groups() != null && !report.groups().isEmpty()) {
            Table byGroup = scaleTable(Text.words(report.groupBy().code()) + " · scale");
            for (OutcomeReport.GroupFigures g : report.groups()) {
                for (OutcomeReport.ScaleOutcome scale : g.scales()) {
                    scaleRow(byGroup, g.label() + " · " + scale.scale(), scale);
                }
            }
            if (!byGroup.isEmpty()) {
                pdf.table(byGroup);
            }
        }
        pdf.note("Change = after − before, so a fall in pain or anxiety is negative (the median change is in the JSON "
                + "and CSV). 95% CI: Student's t interval of the mean change. Better / same / worse: share of pairs, in the scale's better direction. p: two-sided "
                + "Wilcoxon signed-rank test. r: matched-pairs rank-biserial correlation, positive when children "
                + "improved. Methods in full at the end of the report.");
    }

    private static Table scaleTable(String first) {
        return Table.withColumn(first, 3.2f).number("Pairs", 0.8f).number("Before → after", 1.5f)
                .number("Mean change", 1.1f).number("95% CI", 1.6f).number("Better", 0.9f)
                .number("Same", 0.8f).number("Worse", 0.8f).number("p", 0.9f).number("r", 0.8f);
    }

    private static void scaleRow(Table table, String label, OutcomeReport.ScaleOutcome scale) {
        if (Boolean.TRUE.equals(scale.suppressed())) {
            String[] cells = new String[10];
            java.util.Arrays.fill(cells, SHOWN_SUPPRESSED);
            cells[0] = label;
            table.row(cells);
            return;
        }
        // A no-break space keeps a before/after pair on one line.
        String ci = scale.meanChangeCi95() == null ? "—" : Text.decimal(scale.meanChangeCi95().lower(), 2) + " to "
                + Text.decimal(scale.meanChangeCi95().upper(), 2);
        table.row(label, Text.whole(scale.pairs()),
                Text.decimal(scale.meanPre(), 1) + "\u00a0→\u00a0" + Text.decimal(scale.meanPost(), 1),
                Text.signed(scale.meanChange(), 2), ci,
                Text.percent(scale.shareImproved()), Text.percent(scale.shareUnchanged()), Text.percent(scale.shareWorse()),
                p(scale.wilcoxon().pValue()), Text.signed(scale.rankBiserial(), 2));
    }

    private void interventions() {
        List<OutcomeReport.CategoryCount> categories = report.total().interventions();
        if (categories.isEmpty()) {
            return;
        }
        List<BarChart.Bar> bars = categories.stream()
                .map(c -> new BarChart.Bar(Text.words(c.category()), value(c.uses()))).toList();
        pdf.heading("Interventions", BarChart.height("", bars));
        pdf.block(BarChart.height("", bars), (canvas, x, top, width) -> BarChart.draw(canvas,
                "Interventions used, by category", bars, x, top, width));
        Table table = Table.withColumn("Category", 1.3f).column("Intervention", 4, Table.Align.LEFT).number("Times used", 1.2f)
                .number("Children", 1.1f);
        for (OutcomeReport.CategoryCount category : categories) {
            boolean first = true;
            for (OutcomeReport.CodeCount code : category.interventions()) {
                table.row(first ? Text.words(category.category()) : "", code.name(), count(code.uses()), clients(code.uses()));
                first = false;
            }
        }
        pdf.table(table);
    }

    private void methods() {
        pdf.heading("Methods", 40);
        for (Map.Entry<String, String> method : report.methods().entrySet()) {
            pdf.note(METHOD_TITLES.getOrDefault(method.getKey(), method.getKey()) + ": " + method.getValue());
        }
    }

    private static Long value(OutcomeReport.Count count) {
        return Boolean.TRUE.equals(count.suppressed()) ? null : count.value();
    }

    /** The reasons with a count (a suppressed one marked), e.g. "asleep 3, procedure •"; "none" when there are none. */
    private static String reasons(Map<String, OutcomeReport.Count> byReason) {
        List<String> shown = new ArrayList<>();
        byReason.forEach((reason, count) -> {
            if (Boolean.TRUE.equals(count.suppressed()) || count.value() != null && count.value() > 0) {
                shown.add(Text.words(reason).toLowerCase(Locale.ROOT) + " " + count(count));
            }
        });
        return shown.isEmpty() ? "none" : String.join(", ", shown);
    }

    private static String count(OutcomeReport.Count count) {
        return Boolean.TRUE.equals(count.suppressed()) ? SHOWN_SUPPRESSED : Text.whole(count.value());
    }

    private static String clients(OutcomeReport.Count count) {
        return Boolean.TRUE.equals(count.suppressed()) ? SHOWN_SUPPRESSED : Text.whole(count.clients());
    }

    private static String hours(OutcomeReport.Count minutes) {
        return Boolean.TRUE.equals(minutes.suppressed()) ? SHOWN_SUPPRESSED
                : String.format(Locale.ROOT, "%,.1f", minutes.value() / 60.0);
    }

    private static String p(Double p) {
        if (p == null) {
            return "—";
        }
        return p < 0.001 ? "<\u00a00.001" : Text.decimal(p, 3);
    }
}
