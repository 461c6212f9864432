package app.cadence.report.outcome;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What a music therapy program achieved over a period: sessions, children served, referrals,
 * interventions, goals and the change in pre/post scores, for the whole and per group. A
 * de-identified report carries no names, ids or dates finer than a month, and suppresses cells
 * counting fewer than k children.
 */
@Schema(name = "OutcomeReport")
public record OutcomeReport(
        Period period,
        @Schema(description = "The facility and unit the report is limited to, if any") Filters filters,
        GroupBy groupBy,
        @Schema(description = "all: every session (supervisor); own: the sessions the calling therapist delivered, "
                + "the goals they set and the referrals they decided") Caseload caseload,
        boolean deidentified,
        @Schema(description = "The k of small-cell suppression, when de-identified") Integer minimumCellSize,
        @Schema(description = "Absent when de-identified (no dates finer than a month)") OffsetDateTime generatedAt,
        GroupFigures total,
        @Schema(description = "Absent without groupBy") List<GroupFigures> groups,
        @Schema(description = "The methods behind the figures, by figure") Map<String, String> methods) {

    @Schema(name = "OutcomePeriod")
    public record Period(
            @Schema(description = "YYYY-MM-DD; YYYY-MM when de-identified") String from,
            @Schema(description = "Last day included; YYYY-MM when de-identified") String to,
            String timeZone) {
    }

    @Schema(name = "OutcomeFilters")
    public record Filters(String facility, String unit) {
    }

    @Schema(name = "OutcomeGroup", description = "The figures of one group, or of the whole period (total)")
    public record GroupFigures(
            @Schema(description = "The group's key: YYYY-MM, facility, unit, a therapist's staff id (therapist-N when "
                    + "de-identified) or intervention category; absent for the total") String key,
            String label,
            Sessions sessions,
            @Schema(description = "Distinct children with a completed session") Count clientsServed,
            @Schema(description = "Minutes of completed sessions") Count therapyMinutes,
            @Schema(description = "Absent for groups by therapist or intervention category") Referrals referrals,
            List<CategoryCount> interventions,
            @Schema(description = "Absent for groups by intervention category") Goals goals,
            List<ScaleOutcome> scales) {
    }

    @Schema(name = "OutcomeCount", description = "A count and the number of children behind it; a suppressed count "
            + "has neither and says suppressed: true")
    public record Count(Long value, Long clients, Boolean suppressed) {

        static Count of(Figures figures, String key) {
            if (figures.isSuppressed(key)) {
                return new Count(null, null, true);
            }
            Figures.Cell cell = figures.cell(key);
            return new Count(cell.value(), cell.clients(), null);
        }
    }

    @Schema(name = "OutcomeSessions")
    public record Sessions(Count completed, Count cancelled, Count noShow,
            @Schema(description = "Distinct group sessions at least one participant attended; each participant's "
                    + "completed session also counts in completed and in byKind.group") Count groupSessions,
            @Schema(description = "Completed sessions by kind (individual, group, family, co-treatment)")
            Map<String, Count> byKind,
            @Schema(description = "Cancelled sessions by reason (asleep, procedure, medical, isolation, discharged, "
                    + "declined, therapist-unavailable, other; not-recorded for sessions from before reasons were required)")
            Map<String, Count> cancelledByReason,
            @Schema(description = "No-show sessions by reason, as cancelledByReason") Map<String, Count> noShowByReason) {
    }

    @Schema(name = "OutcomeReferrals", description = "Referrals received in the period, by their current status")
    public record Referrals(Count received, Count accepted, Count declined, Count pending,
            MedianDays medianDaysToFirstSession) {
    }

    @Schema(name = "OutcomeMedianDays")
    public record MedianDays(Double value,
            @Schema(description = "Accepted referrals followed by a completed session") Long referrals, Long clients,
            Boolean suppressed) {
    }

    @Schema(name = "OutcomeInterventionCategory")
    public record CategoryCount(String category, @Schema(description = "Times an intervention of the category was "
            + "used in completed sessions") Count uses, List<CodeCount> interventions) {
    }

    @Schema(name = "OutcomeIntervention")
    public record CodeCount(String code, String name, Count uses) {
    }

    @Schema(name = "OutcomeGoals")
    public record Goals(Count set, Count achieved, Count discontinued, Count criterionMet) {
    }

    @Schema(name = "OutcomeScale", description = "Paired pre/post change on one scale; all statistics absent when "
            + "suppressed")
    public record ScaleOutcome(String scale, String name, boolean lowerIsBetter, Long pairs, Long clients, Double meanPre,
            Double meanPost, @Schema(description = "Mean of post − pre") Double meanChange, Interval meanChangeCi95,
            Double medianChange, Double shareImproved, Double shareUnchanged, Double shareWorse, Wilcoxon wilcoxon,
            @Schema(description = "Matched-pairs rank-biserial correlation; positive means improvement") Double rankBiserial,
            Boolean suppressed) {
    }

    @Schema(name = "OutcomeInterval")
    public record Interval(double lower, double upper) {
    }

    @Schema(name = "OutcomeWilcoxon")
    public record Wilcoxon(@Schema(description = "Pairs with a non-zero change, the ones the test ranks") int n,
            @Schema(description = "Two-sided; absent when every change is zero") Double pValue,
            WilcoxonMethod method) {
    }
}
