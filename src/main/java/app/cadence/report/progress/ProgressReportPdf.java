package app.cadence.report.progress;

import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import app.cadence.report.Text;
import app.cadence.report.pdf.LineChart;
import app.cadence.report.pdf.Palette;
import app.cadence.report.pdf.PdfReport;
import app.cadence.report.pdf.PdfReport.Field;
import app.cadence.report.pdf.Series;
import app.cadence.report.pdf.Table;

/**
 * The printable progress report: something a therapist can put in the chart and hand to a family.
 * Every figure comes from the {@link ProgressReport} the JSON shows, so the two never disagree.
 */
final class ProgressReportPdf {

    static final String CONFIDENTIAL = "CONFIDENTIAL. This report contains protected health information about a child. "
            + "Share it only with the child's family, their care team or as the law allows. If you received it in "
            + "error, please destroy it and tell the sender.";
    private static final float CHART_HEIGHT = 222;

    private final ProgressReport report;
    private final ZoneId zone;
    private final PdfReport pdf;

    private ProgressReportPdf(ProgressReport report) {
        this.report = report;
        this.zone = ZoneId.of(report.period().timeZone());
        ProgressReport.Client client = report.client();
        String name = name(client);
        String period = Text.period(report.period().from(), report.period().to());
        this.pdf = new PdfReport(new PdfReport.Meta("Music therapy progress report: " + name,
                "Progress in music therapy, " + period, author(),
                report.generatedAt(), "Music therapy progress report · " + name
                        + (client.mrn() == null ? "" : " · MRN " + client.mrn()) + " · " + period,
                "Generated " + Text.moment(report.generatedAt(), zone) + " by " + author()
                        + " · from signed documentation only",
                CONFIDENTIAL));
    }

    static byte[] render(ProgressReport report) {
        ProgressReportPdf document = new ProgressReportPdf(report);
        try (PdfReport pdf = document.pdf) {
            document.write();
            return pdf.finish();
        }
    }

    private void write() {
        ProgressReport.Client client = report.client();
        String place = List.of(nonNull(client.facility()), nonNull(client.unit())).stream().filter(s -> !s.isEmpty())
                .collect(Collectors.joining(" · "));
        pdf.title("Music therapy progress report", place.isEmpty() ? null : place);
        header();
        referralAndAssessment();
        sessions();
        interventions();
        scales();
        goals();
        plan();
        discharge();
    }

    private void header() {
        ProgressReport.Client client = report.client();
        List<Field> fields = new ArrayList<>();
        fields.add(new Field("Child", name(client)));
        fields.add(new Field("Date of birth", Text.day(client.birthDate()) + " (age "
                + Period.between(client.birthDate(), report.period().to()).getYears() + ")"));
        fields.add(new Field("MRN", client.mrn() == null ? "—" : client.mrn()));
        fields.add(new Field("Period", Text.period(report.period().from(), report.period().to())
                + (report.period().basis() == PeriodBasis.EPISODE ? " (current episode of care)" : "")));
        fields.add(new Field("Status", Text.words(client.status())));
        fields.add(new Field("Dates shown in", report.period().timeZone()));
        pdf.fields(fields, 3);
        String team = report.careTeam().stream()
                .map(m -> m.name() + (m.credentials() == null ? "" : ", " + m.credentials()) + " ("
                        + Text.words(m.role()).toLowerCase(Locale.ROOT)
                        + (m.until() == null ? "" : ", until " + Text.day(m.until().atZoneSameInstant(zone).toLocalDate()))
                        + ")")
                .collect(Collectors.joining("; "));
        pdf.fields(List.of(new Field("Care team", team.isEmpty() ? "—" : team)), 1);
    }

    private void referralAndAssessment() {
        pdf.heading("Referral and assessment", 40);
        ProgressReport.Referral referral = report.referral();
        if (referral == null) {
            pdf.paragraph("No accepted referral on record for this period.");
        } else {
            pdf.paragraph("Referred for " + referral.reasons().stream().map(r -> Text.words(r).toLowerCase(Locale.ROOT))
                    .collect(Collectors.joining(", ")) + ". Referral received " + Text.day(referral.receivedOn())
                    + ", accepted " + Text.day(referral.acceptedOn()) + ".");
        }
        ProgressReport.Assessment assessment = report.assessment();
        if (assessment == null) {
            pdf.paragraph("No final assessment on record.");
            return;
        }
        pdf.paragraph(Text.words(assessment.kind()) + " assessment, " + Text.day(assessment.assessedOn()) + ":", 9.5f,
                pdf.bold(), Palette.INK);
        pdf.paragraph(nonNull(assessment.summary()).isEmpty() ? "No summary recorded." : assessment.summary());
        if (assessment.recommendations() != null && !assessment.recommendations().isBlank()) {
            pdf.paragraph("Recommendations: " + assessment.recommendations());
        }
    }

    private void sessions() {
        ProgressReport.Sessions sessions = report.sessions();
        pdf.heading("Sessions delivered", 60);
        if (sessions.delivered() == 0) {
            pdf.paragraph("No documented sessions in this period.");
        } else {
            pdf.paragraph(Text.whole(sessions.delivered()) + (sessions.delivered() == 1 ? " session" : " sessions") + ", "
                    + Text.whole(sessions.minutes()) + " minutes of music therapy between " + Text.day(sessions.first())
                    + " and " + Text.day(sessions.last()) + "; family present at " + Text.whole(sessions.withFamilyPresent())
                    + ".");
            Table table = Table.withColumn("Setting", 3).number("Sessions", 1).number("Minutes", 1)
                    .column("", 0.4f, Table.Align.LEFT).column("Kind of session", 3, Table.Align.LEFT)
                    .number("Sessions", 1).number("Minutes", 1);
            int rows = Math.max(sessions.bySetting().size(), sessions.byKind().size());
            for (int i = 0; i < rows; i++) {
                String[] cells = new String[7];
                fill(cells, 0, i < sessions.bySetting().size() ? sessions.bySetting().get(i) : null);
                cells[3] = "";
                fill(cells, 4, i < sessions.byKind().size() ? sessions.byKind().get(i) : null);
                table.row(cells);
            }
            pdf.table(table);
        }
        if (sessions.awaitingSignedNote() > 0) {
            pdf.note(Text.whole(sessions.awaitingSignedNote()) + " further completed "
                    + (sessions.awaitingSignedNote() == 1 ? "session is" : "sessions are")
                    + " awaiting a signed note and not included in this report.");
        }
    }

    private static void fill(String[] cells, int at, ProgressReport.Count count) {
        cells[at] = count == null ? "" : Text.words(count.code());
        cells[at + 1] = count == null ? "" : Text.whole(count.sessions());
        cells[at + 2] = count == null ? "" : Text.whole(count.minutes());
    }

    private void interventions() {
        if (report.interventions().isEmpty()) {
            return;
        }
        pdf.heading("Interventions", 50);
        Table table = Table.withColumn("Category", 1.4f).column("Intervention", 4, Table.Align.LEFT).number("Times used", 1.2f)
                .number("Minutes", 1);
        long uses = 0;
        long minutes = 0;
        for (ProgressReport.InterventionCategoryUse category : report.interventions()) {
            boolean first = true;
            for (ProgressReport.InterventionUse use : category.interventions()) {
                table.row(first ? Text.words(category.category()) : "", use.name(), Text.whole(use.uses()),
                        use.minutes() == 0 ? "—" : Text.whole(use.minutes()));
                first = false;
            }
            uses += category.uses();
            minutes += category.minutes();
        }
        table.row("Total", "", Text.whole(uses), Text.whole(minutes)).lastRowIsTotal();
        pdf.table(table);
    }

    private void scales() {
        if (report.scales().isEmpty()) {
            return;
        }
        pdf.heading("Before and after sessions", 50);
        Table table = Table.withColumn("Scale", 3.6f).number("Paired sessions", 1.3f).number("Mean before", 1.1f)
                .number("Mean after", 1.1f).number("Mean change", 1.1f).number("Improved", 1.1f);
        for (ProgressReport.ScaleChange scale : report.scales()) {
            table.row(scale.name() + (scale.lowerIsBetter() ? " (lower is better)" : " (higher is better)"),
                    Text.whole(scale.pairs()), Text.decimal(scale.meanPre(), 1), Text.decimal(scale.meanPost(), 1),
                    Text.signed(scale.meanChange(), 1), Text.percent(scale.shareImproved()));
        }
        pdf.table(table);
        pdf.note("Scores taken at the start and the end of the same session. \"Improved\" is the share of those sessions "
                + "in which the score moved in the better direction for its scale.");
    }

    private void goals() {
        pdf.heading("Goals", 80);
        if (report.goals().isEmpty()) {
            pdf.paragraph("No goals agreed for this period.");
            return;
        }
        Table table = Table.withColumn("Goal", 5).column("Status", 1.3f, Table.Align.LEFT).number("Baseline", 1.1f)
                .number("Target", 1).number("Latest", 1.7f).column("Trend", 1.4f, Table.Align.LEFT)
                .column("Criterion", 2.2f, Table.Align.LEFT);
        for (ProgressReport.Goal goal : report.goals()) {
            ProgressReport.CriterionState criterion = goal.criterion();
            String met = criterion.met() ? "Met since " + Text.day(criterion.since())
                    : "Not yet (" + criterion.consecutiveSessions() + " of " + criterion.consecutiveSessionsRequired() + ")";
            table.row(goal.statement(), Text.words(goal.status()), Text.number(goal.baseline()), Text.number(goal.target()),
                    goal.latest() == null ? "—" : Text.number(goal.latest().value()) + "\n" + Text.day(goal.latest().date()),
                    Text.words(goal.trend().code()), met);
        }
        pdf.table(table);
        pdf.note("Criterion: the target reached in the stated number of consecutive measured sessions. Trend: the "
                + "direction of the best-fitting line through this period's measurements, toward the target or away from it.");
        for (ProgressReport.Goal goal : report.goals()) {
            pdf.block(CHART_HEIGHT + 14, (canvas, x, top, width) -> LineChart.draw(canvas, series(goal), x, top, width,
                    CHART_HEIGHT));
        }
    }

    private Series series(ProgressReport.Goal goal) {
        double[] range = GoalProgression.range(goal.measure().type(), goal.measure().min(), goal.measure().max(),
                goal.baseline(), goal.target(), goal.measurements());
        List<Series.Point> points = goal.measurements().stream()
                .map(m -> new Series.Point(m.startsAt().toInstant(), m.value().doubleValue(), m.reachedTarget())).toList();
        String measure = switch (goal.measure().type()) {
            case PERCENT -> "percent";
            case COUNT -> "count";
            case DURATION_SECONDS -> "seconds";
            case RATING -> "rating " + Text.number(goal.measure().min()) + "–" + Text.number(goal.measure().max());
            case GAS -> "goal attainment −2 to +2";
        };
        return new Series(goal.statement(), measure, range[0], range[1], goal.target().doubleValue(),
                goal.baseline() == null ? null : goal.baseline().doubleValue(), points, zone);
    }

    private void plan() {
        ProgressReport.TreatmentPlan treatment = report.treatmentPlan();
        ProgressReport.SignedPlan plan = report.latestSignedPlan();
        if (plan == null && treatment == null) {
            return;
        }
        pdf.heading("Plan", 40);
        if (treatment != null) {
            pdf.paragraph("Treatment plan (" + treatment.status() + "): " + treatment.sessionsPerWeek() + " sessions a week, "
                    + treatment.minutesPerSession() + " minutes each, from " + Text.day(treatment.startDate())
                    + "; review due " + Text.day(treatment.reviewDate())
                    + (treatment.lastReviewOutcome() == null ? "" : "; last review: " + treatment.lastReviewOutcome()) + ".");
        }
        if (plan == null) {
            return;
        }
        pdf.paragraph("From the signed note of the session on " + Text.day(plan.sessionDate()) + ", signed by "
                + plan.signedBy() + " on " + Text.moment(plan.signedAt(), zone) + ":", 8.4f, pdf.regular(),
                Palette.MUTED);
        pdf.paragraph(plan.plan());
    }

    private void discharge() {
        ProgressReport.Discharge discharge = report.discharge();
        if (discharge == null) {
            return;
        }
        pdf.heading("Discharge summary", 60);
        pdf.paragraph("Discharged " + Text.day(discharge.dischargedOn()) + " by " + discharge.dischargedBy() + ". Reason: "
                + Text.words(discharge.reason()).toLowerCase(Locale.ROOT)
                + (discharge.reasonDetail() == null ? "" : " (" + discharge.reasonDetail() + ")") + ".");
        if (!discharge.goalOutcomes().isEmpty()) {
            Table table = Table.withColumn("Goal", 4).column("Outcome", 1.3f, Table.Align.LEFT)
                    .column("Comment", 4, Table.Align.LEFT);
            discharge.goalOutcomes().forEach(outcome -> table.row(outcome.statement() == null ? "—" : outcome.statement(),
                    Text.words(outcome.status()), outcome.comment() == null ? "" : outcome.comment()));
            pdf.table(table);
        }
        if (discharge.recommendations() != null && !discharge.recommendations().isBlank()) {
            pdf.paragraph("Recommendations: " + discharge.recommendations());
        }
    }

    private String author() {
        ProgressReport.Author author = report.generatedBy();
        return author.credentials() == null || author.credentials().isBlank() ? author.name()
                : author.name() + ", " + author.credentials();
    }

    private static String name(ProgressReport.Client client) {
        String preferred = client.preferredName() == null || client.preferredName().isBlank()
                || client.preferredName().equals(client.givenName()) ? "" : " (“" + client.preferredName() + "”)";
        return client.givenName() + " " + client.familyName() + preferred;
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }
}
