package app.cadence.report.progress;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import app.cadence.assessment.AssessmentKind;
import app.cadence.assessment.Domain;
import app.cadence.careteam.CareTeamRole;
import app.cadence.client.Client;
import app.cadence.client.ClientStatus;
import app.cadence.client.Identifier;
import app.cadence.common.persistence.BaseEntity;
import app.cadence.common.persistence.CodedEnum;
import app.cadence.discharge.DischargeReason;
import app.cadence.goal.GoalStatus;
import app.cadence.goal.Measure;
import app.cadence.goal.MeasureType;
import app.cadence.intervention.InterventionCategory;
import app.cadence.referral.ReferralReason;
import app.cadence.report.Facilities;
import app.cadence.report.ReportPeriod;
import app.cadence.common.persistence.Rows;
import app.cadence.security.AccessPolicy;
import app.cadence.security.Action;
import app.cadence.staff.Staff;
import app.cadence.staff.StaffService;

/** Assembles a client's progress report from the sections {@link ProgressQueries} aggregates. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ProgressReportService {

    private static final TypeReference<List<Map<String, Object>>> OUTCOMES = new TypeReference<>() {
    };

    private final AccessPolicy access;
    private final ProgressQueries queries;
    private final Facilities facilities;
    private final StaffService staff;
    private final ObjectMapper json;

    ProgressReportService(AccessPolicy access, ProgressQueries queries, Facilities facilities, StaffService staff,
            ObjectMapper json) {
        this.access = access;
        this.queries = queries;
        this.facilities = facilities;
        this.staff = staff;
        this.json = json;
    }

    /**
     * The report for the period asked for; a bound left out is taken from the current episode of
     * care. 404 for a client outside the caller's reach, exactly as for a missing one.
     */
    public ProgressReport report(UUID clientId, String fromParameter, String toParameter) {
        LocalDate from = ReportPeriod.date("from", fromParameter);
        LocalDate to = ReportPeriod.date("to", toParameter);
        Client client = access.client(Action.EXPORT_CLIENT, clientId);
        ZoneId zone = facilities.zoneOf(client.facility);
        OffsetDateTime now = BaseEntity.now();
        PeriodBasis basis = from == null && to == null ? PeriodBasis.EPISODE : PeriodBasis.REQUESTED;
        if (from == null || to == null) {
            Episode episode = episode(client, now, zone);
            from = from == null ? episode.from() : from;
            to = to == null ? episode.to() : to;
        }
        ReportPeriod period = ReportPeriod.of(from, to, zone);

        List<ProgressReport.Goal> goals = goals(clientId, period);
        Staff author = staff.current();
        return new ProgressReport(header(client), careTeam(clientId, period),
                new ProgressReport.Period(period.from(), period.to(), zone.getId(), basis), referral(clientId, period),
                assessment(clientId, period), goals, sessions(clientId, period), interventions(clientId, period),
                scales(clientId, period), plan(clientId, period), treatmentPlan(clientId, period),
                discharge(clientId, period, goals), now,
                new ProgressReport.Author(author.displayName, author.credentials));
    }

    private Episode episode(Client client, OffsetDateTime now, ZoneId zone) {
        List<OffsetDateTime> acceptances = new ArrayList<>();
        List<Episode.DischargeFact> discharges = new ArrayList<>();
        for (Object[] row : queries.episodeFacts(client.id)) {
            if ("accepted".equals(row[0])) {
                acceptances.add(Rows.time(row[1]));
            } else {
                discharges.add(new Episode.DischargeFact(Rows.time(row[1]), Rows.date(row[2])));
            }
        }
        return Episode.resolve(client.status == ClientStatus.DISCHARGED, acceptances, discharges,
                after -> queries.firstSessionAfter(client.id, after), client.createdAt, now, zone);
    }

    private ProgressReport.Client header(Client client) {
        List<Identifier> identifiers = queries.identifiers(client.id).stream()
                .map(row -> new Identifier((String) row[0], (String) row[1])).toList();
        return new ProgressReport.Client(client.id, client.givenName, client.familyName, client.preferredName,
                client.birthDate, identifiers.isEmpty() ? null : identifiers.get(0).value(), identifiers, client.facility,
                client.unit, client.status);
    }

    private List<ProgressReport.CareTeamMember> careTeam(UUID clientId, ReportPeriod period) {
        return queries.careTeam(clientId, period).stream()
                .map(row -> new ProgressReport.CareTeamMember(Rows.uuid(row[5]), (String) row[0], (String) row[1],
                        CodedEnum.fromCode(CareTeamRole.class, (String) row[2]), Rows.time(row[3]), Rows.time(row[4])))
                .toList();
    }

    /** The reasons of the referrals accepted in the period, or of the one that opened it. */
    private ProgressReport.Referral referral(UUID clientId, ReportPeriod period) {
        List<Object[]> accepted = queries.referrals(clientId, period);
        if (accepted.isEmpty()) {
            return null;
        }
        List<Object[]> inPeriod = accepted.stream().filter(row -> !Rows.time(row[2]).isBefore(period.start())).toList();
        List<Object[]> shown = inPeriod.isEmpty() ? accepted.subList(0, 1) : inPeriod;
        Set<ReferralReason> reasons = new LinkedHashSet<>();
        for (Object[] row : shown.reversed()) {
            Arrays.stream(((String) row[0]).split(",")).map(code -> CodedEnum.fromCode(ReferralReason.class, code))
                    .forEach(reasons::add);
        }
        Object[] opening = shown.get(shown.size() - 1);
        return new ProgressReport.Referral(List.copyOf(reasons), localDate(opening[1], period),
                localDate(opening[2], period));
    }

    private ProgressReport.Assessment assessment(UUID clientId, ReportPeriod period) {
        return queries.latestAssessment(clientId, period).stream().findFirst()
                .map(row -> new ProgressReport.Assessment(Rows.uuid(row[0]), Rows.date(row[1]),
                        CodedEnum.fromCode(AssessmentKind.class, (String) row[2]), (String) row[3], (String) row[4]))
                .orElse(null);
    }

    private List<ProgressReport.Goal> goals(UUID clientId, ReportPeriod period) {
        Map<UUID, List<Object[]>> measured = new LinkedHashMap<>();
        for (Object[] row : queries.measurements(clientId, period)) {
            measured.computeIfAbsent(Rows.uuid(row[0]), id -> new ArrayList<>()).add(row);
        }
        List<ProgressReport.Goal> goals = new ArrayList<>();
        for (Object[] row : queries.goals(clientId, period)) {
            UUID id = Rows.uuid(row[0]);
            MeasureType type = CodedEnum.fromCode(MeasureType.class, (String) row[3]);
            BigDecimal ratingMin = Rows.exact(row[4]);
            BigDecimal ratingMax = Rows.exact(row[5]);
            BigDecimal baseline = Rows.exact(row[6]);
            BigDecimal target = Rows.exact(row[7]);
            int required = ((Number) row[8]).intValue();
            boolean lowering = baseline != null && target.compareTo(baseline) < 0;
            List<ProgressReport.Measurement> inPeriod = new ArrayList<>();
            List<GoalProgression.Reached> history = new ArrayList<>();
            for (Object[] m : measured.getOrDefault(id, List.of())) {
                OffsetDateTime startsAt = Rows.time(m[2]);
                BigDecimal value = Rows.exact(m[3]);
                boolean reached = lowering ? value.compareTo(target) <= 0 : value.compareTo(target) >= 0;
                LocalDate date = startsAt.atZoneSameInstant(period.zone()).toLocalDate();
                history.add(new GoalProgression.Reached(date, reached));
                if (!startsAt.isBefore(period.start())) {
                    inPeriod.add(new ProgressReport.Measurement(Rows.uuid(m[1]), startsAt, date, value, reached));
                }
            }
            // A goal set after the period shows only if sessions of the period, documented later, measured it.
            if (inPeriod.isEmpty() && !Rows.time(row[11]).isBefore(period.end())) {
                continue;
            }
            double[] range = GoalProgression.range(type, ratingMin, ratingMax, baseline, target, inPeriod);
            goals.add(new ProgressReport.Goal(id, CodedEnum.fromCode(Domain.class, (String) row[1]), (String) row[2],
                    new Measure(type, ratingMin, ratingMax), baseline, target, Rows.date(row[9]),
                    CodedEnum.fromCode(GoalStatus.class, (String) row[10]),
                    inPeriod.isEmpty() ? null : inPeriod.get(inPeriod.size() - 1),
                    GoalProgression.trend(inPeriod, range, baseline, target), GoalProgression.criterion(history, required),
                    inPeriod));
        }
        return goals;
    }

    private ProgressReport.Sessions sessions(UUID clientId, ReportPeriod period) {
        Map<String, long[]> bySetting = new TreeMap<>();
        Map<String, long[]> byKind = new TreeMap<>();
        long delivered = 0;
        double minutes = 0;
        long family = 0;
        long awaiting = 0;
        OffsetDateTime first = null;
        OffsetDateTime last = null;
        for (Object[] row : queries.sessions(clientId, period)) {
            long count = Rows.count(row[3]);
            if (!(Boolean) row[2]) {
                awaiting += count;
                continue;
            }
            double rowMinutes = Rows.decimal(row[4]);
            delivered += count;
            minutes += rowMinutes;
            family += Rows.count(row[7]);
            add(bySetting, (String) row[0], count, rowMinutes);
            add(byKind, (String) row[1], count, rowMinutes);
            first = min(first, Rows.time(row[5]));
            last = max(last, Rows.time(row[6]));
        }
        return new ProgressReport.Sessions(delivered, Math.round(minutes), localDate(first, period), localDate(last, period),
                family, counts(bySetting), counts(byKind), awaiting);
    }

    private List<ProgressReport.InterventionCategoryUse> interventions(UUID clientId, ReportPeriod period) {
        Map<String, List<ProgressReport.InterventionUse>> byCategory = new TreeMap<>();
        for (Object[] row : queries.interventions(clientId, period)) {
            byCategory.computeIfAbsent((String) row[0], c -> new ArrayList<>()).add(new ProgressReport.InterventionUse(
                    (String) row[1], (String) row[2], Rows.count(row[3]), Rows.count(row[4])));
        }
        return byCategory.entrySet().stream().map(e -> new ProgressReport.InterventionCategoryUse(
                CodedEnum.fromCode(InterventionCategory.class, e.getKey()),
                e.getValue().stream().mapToLong(ProgressReport.InterventionUse::uses).sum(),
                e.getValue().stream().mapToLong(ProgressReport.InterventionUse::minutes).sum(), e.getValue()))
                .sorted(Comparator.comparingLong(ProgressReport.InterventionCategoryUse::uses).reversed())
                .toList();
    }

    private List<ProgressReport.ScaleChange> scales(UUID clientId, ReportPeriod period) {
        return queries.scales(clientId, period).stream().map(row -> {
            long pairs = Rows.count(row[3]);
            long improved = Rows.count(row[7]);
            return new ProgressReport.ScaleChange((String) row[0], (String) row[1], (Boolean) row[2], pairs,
                    Rows.decimal(row[4]), Rows.decimal(row[5]), Rows.decimal(row[6]), improved,
                    pairs == 0 ? 0 : (double) improved / pairs);
        }).toList();
    }

    private ProgressReport.SignedPlan plan(UUID clientId, ReportPeriod period) {
        return queries.latestPlan(clientId, period).stream().findFirst()
                .map(row -> new ProgressReport.SignedPlan(Rows.uuid(row[0]), localDate(row[1], period), (String) row[2],
                        Rows.time(row[3]), signer((String) row[4], (String) row[5])))
                .orElse(null);
    }

    private ProgressReport.TreatmentPlan treatmentPlan(UUID clientId, ReportPeriod period) {
        return queries.treatmentPlan(clientId, period).stream().findFirst()
                .map(row -> new ProgressReport.TreatmentPlan(Rows.uuid(row[0]), (String) row[1],
                        ((Number) row[2]).intValue(), ((Number) row[3]).intValue(), uuids((String) row[4]),
                        Rows.date(row[5]), Rows.date(row[6]), (String) row[7], Rows.time(row[8])))
                .orElse(null);
    }

    /** A PostgreSQL uuid[] as its text form, {a,b}. */
    private static List<UUID> uuids(String array) {
        String inner = array.substring(1, array.length() - 1);
        return inner.isEmpty() ? List.of() : java.util.Arrays.stream(inner.split(",")).map(UUID::fromString).toList();
    }

    private ProgressReport.Discharge discharge(UUID clientId, ReportPeriod period, List<ProgressReport.Goal> goals) {
        return queries.discharge(clientId, period).stream().findFirst().map(row -> {
            Map<UUID, String> statements = new LinkedHashMap<>();
            goals.forEach(goal -> statements.put(goal.id(), goal.statement()));
            List<ProgressReport.GoalOutcome> outcomes = outcomes((String) row[3]).stream().map(outcome -> {
                UUID goalId = UUID.fromString((String) outcome.get("goalId"));
                return new ProgressReport.GoalOutcome(goalId, statements.get(goalId),
                        CodedEnum.fromCode(GoalStatus.class, (String) outcome.get("status")),
                        (String) outcome.get("comment"));
            }).toList();
            return new ProgressReport.Discharge(Rows.date(row[0]), CodedEnum.fromCode(DischargeReason.class,
                    (String) row[1]), (String) row[2], outcomes, (String) row[4], signer((String) row[5], (String) row[6]));
        }).orElse(null);
    }

    private List<Map<String, Object>> outcomes(String stored) {
        try {
            return json.readValue(stored, OUTCOMES);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A discharge's goal outcomes are not the expected JSON", e);
        }
    }

    private static String signer(String name, String credentials) {
        return credentials == null || credentials.isBlank() ? name : name + ", " + credentials;
    }

    private static void add(Map<String, long[]> counts, String code, long sessions, double minutes) {
        long[] count = counts.computeIfAbsent(code, c -> new long[2]);
        count[0] += sessions;
        count[1] += Math.round(minutes);
    }

    private static List<ProgressReport.Count> counts(Map<String, long[]> counts) {
        return counts.entrySet().stream().map(e -> new ProgressReport.Count(e.getKey(), e.getValue()[0], e.getValue()[1]))
                .sorted(Comparator.comparingLong(ProgressReport.Count::sessions).reversed()).toList();
    }

    private static LocalDate localDate(Object time, ReportPeriod period) {
        OffsetDateTime at = time instanceof OffsetDateTime t ? t : Rows.time(time);
        return at == null ? null : at.atZoneSameInstant(period.zone()).toLocalDate();
    }

    private static OffsetDateTime min(OffsetDateTime a, OffsetDateTime b) {
        return a == null || (b != null && b.isBefore(a)) ? b : a;
    }

    private static OffsetDateTime max(OffsetDateTime a, OffsetDateTime b) {
        return a == null || (b != null && b.isAfter(a)) ? b : a;
    }
}
