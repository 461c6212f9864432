package app.cadence.report.progress;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import app.cadence.assessment.AssessmentKind;
import app.cadence.assessment.Domain;
import app.cadence.careteam.CareTeamRole;
import app.cadence.client.ClientStatus;
import app.cadence.client.Identifier;
import app.cadence.discharge.DischargeReason;
import app.cadence.goal.GoalStatus;
import app.cadence.goal.Measure;
import app.cadence.intervention.InterventionCategory;
import app.cadence.referral.ReferralReason;

/**
 * A child's course of music therapy over one period, from signed documentation only: final
 * assessments, signed sessions (a completed session counts once its note is signed), the plan of
 * the newest signed SOAP note, and the discharge. Draft text never appears.
 */
@Schema(name = "ProgressReport")
public record ProgressReport(
        Client client,
        @Schema(description = "Everyone on the care team at some time in the period") List<CareTeamMember> careTeam,
        Period period,
        @Schema(description = "The referral that opened the episode and any received during the period") Referral referral,
        @Schema(description = "The latest final assessment up to the end of the period") Assessment assessment,
        List<Goal> goals,
        Sessions sessions,
        @Schema(description = "By category, then by catalog code") List<InterventionCategoryUse> interventions,
        @Schema(description = "Paired pre/post scores per scale") List<ScaleChange> scales,
        @Schema(description = "The plan section of the newest signed SOAP note up to the end of the period")
        SignedPlan latestSignedPlan,
        @Schema(description = "The newest treatment plan started by the end of the period (frequency, goals, review "
                + "date) with its latest review; absent when the client has none") TreatmentPlan treatmentPlan,
        @Schema(description = "Present once the client was discharged within the period") Discharge discharge,
        OffsetDateTime generatedAt,
        @Schema(description = "Who asked for the report") Author generatedBy) {

    @Schema(name = "ProgressReportClient")
    public record Client(UUID id, String givenName, String familyName, String preferredName, LocalDate birthDate,
            @Schema(description = "The first of the client's identifiers (by system), e.g. the hospital MRN") String mrn,
            List<Identifier> identifiers, String facility, String unit, ClientStatus status) {
    }

    @Schema(name = "ProgressReportCareTeamMember")
    public record CareTeamMember(UUID staffId, String name, String credentials, CareTeamRole role, OffsetDateTime since,
            OffsetDateTime until) {
    }

    @Schema(name = "ProgressReportPeriod")
    public record Period(
            @Schema(description = "First day covered (YYYY-MM-DD, in timeZone)") LocalDate from,
            @Schema(description = "Last day covered, included") LocalDate to,
            @Schema(example = "America/New_York") String timeZone,
            @Schema(description = "episode: the current (or last) episode of care, from the accepted referral or first "
                    + "session since the last discharge to today or the discharge; requested: the from/to asked for")
            PeriodBasis basis) {
    }

    @Schema(name = "ProgressReportReferral")
    public record Referral(List<ReferralReason> reasons, LocalDate receivedOn, LocalDate acceptedOn) {
    }

    @Schema(name = "ProgressReportAssessment")
    public record Assessment(UUID id, LocalDate assessedOn, AssessmentKind kind, String summary,
            String recommendations) {
    }

    @Schema(name = "ProgressReportGoal")
    public record Goal(UUID id, Domain domain, String statement, Measure measure, BigDecimal baseline, BigDecimal target,
            LocalDate targetDate, GoalStatus status,
            @Schema(description = "The last signed measurement in the period") Measurement latest,
            @Schema(description = "Direction of the least-squares line through the period's measurements, relative "
                    + "to the target: improving, steady (change under 5% of the measure's range), declining; "
                    + "insufficient-data with fewer than two measurements")
            Trend trend,
            CriterionState criterion,
            @Schema(description = "Signed measurements in the period, oldest first") List<Measurement> measurements) {
    }

    @Schema(name = "ProgressReportMeasurement")
    public record Measurement(UUID sessionId, OffsetDateTime startsAt,
            @Schema(description = "The session's day in the report's time zone") LocalDate date, BigDecimal value,
            boolean reachedTarget) {
    }

    @Schema(name = "ProgressReportCriterion",
            description = "Whether the target was reached in the required number of consecutive measured sessions, "
                    + "over every signed measurement up to the end of the period")
    public record CriterionState(int consecutiveSessionsRequired, boolean met,
            @Schema(description = "When met: the day of the session that completed the current run") LocalDate since,
            @Schema(description = "The current run of consecutive sessions that reached the target") int consecutiveSessions) {
    }

    @Schema(name = "ProgressReportSessions")
    public record Sessions(
            @Schema(description = "Completed sessions with a signed note") long delivered, long minutes,
            LocalDate first, LocalDate last, long withFamilyPresent, List<Count> bySetting, List<Count> byKind,
            @Schema(description = "Completed sessions in the period whose note is not signed yet; not counted above")
            long awaitingSignedNote) {
    }

    @Schema(name = "ProgressReportCount")
    public record Count(String code, long sessions, long minutes) {
    }

    @Schema(name = "ProgressReportInterventionCategory")
    public record InterventionCategoryUse(InterventionCategory category, long uses, long minutes,
            List<InterventionUse> interventions) {
    }

    @Schema(name = "ProgressReportIntervention")
    public record InterventionUse(String code, String name, long uses,
            @Schema(description = "Minutes recorded for the intervention, where recorded") long minutes) {
    }

    @Schema(name = "ProgressReportScaleChange")
    public record ScaleChange(String scale, String name, boolean lowerIsBetter,
            @Schema(description = "Sessions scored both before and after") long pairs, double meanPre, double meanPost,
            @Schema(description = "Mean of post − pre") double meanChange,
            @Schema(description = "Pairs that moved in the better direction") long improved, double shareImproved) {
    }

    @Schema(name = "ProgressReportPlan")
    public record SignedPlan(UUID sessionId, LocalDate sessionDate, String plan, OffsetDateTime signedAt,
            String signedBy) {
    }

    @Schema(name = "ProgressReportTreatmentPlan")
    public record TreatmentPlan(UUID planId, String status, int sessionsPerWeek, int minutesPerSession, List<UUID> goalIds,
            LocalDate startDate, LocalDate reviewDate,
            @Schema(description = "continue, revise or discharge; absent before the first review") String lastReviewOutcome,
            OffsetDateTime lastReviewedAt) {
    }

    @Schema(name = "ProgressReportDischarge")
    public record Discharge(LocalDate dischargedOn, DischargeReason reason, String reasonDetail, List<GoalOutcome> goalOutcomes,
            String recommendations, String dischargedBy) {
    }

    @Schema(name = "ProgressReportGoalOutcome")
    public record GoalOutcome(UUID goalId, String statement, GoalStatus status, String comment) {
    }

    @Schema(name = "ProgressReportAuthor")
    public record Author(String name, String credentials) {
    }
}
