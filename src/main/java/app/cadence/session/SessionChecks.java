package app.cadence.session;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;

import app.cadence.common.problem.ProblemException;
import app.cadence.common.problem.ProblemType;
import app.cadence.common.problem.Violation;
import app.cadence.correction.RecordType;
import app.cadence.goal.Goal;
import app.cadence.intervention.InterventionCatalog;
import app.cadence.intervention.Scale;

/**
 * What Bean Validation cannot see in a session: the period, what a session of its status may
 * record, and the catalog codes, goals and scales it names. The goals, codes and scales of a
 * request are loaded with one statement each, and every problem is reported at once.
 */
@ApplicationScoped
class SessionChecks {

    private final EntityManager em;
    private final InterventionCatalog catalog;

    SessionChecks(EntityManager em, InterventionCatalog catalog) {
        this.em = em;
        this.catalog = catalog;
    }

    /** 422 listing every problem, or nothing when the session may be stored for this client. */
    void requireValid(UUID clientId, UUID therapistId, SessionRequest request) {
        List<Violation> violations = new ArrayList<>();
        period(request, violations);
        CancellationReason.problemWith(request.status(), request.cancellationReason())
                .ifPresent(problem -> violations.add(new Violation("cancellationReason", problem)));
        interventions(request.interventionList(), violations);
        coTreaters(therapistId, request.coTreaterList(), violations);
        if (request.status() != SessionStatus.COMPLETED) {
            if (!request.measurementList().isEmpty()) {
                violations.add(new Violation("measurements", "are recorded for completed sessions only"));
            }
            if (!request.scoreList().isEmpty()) {
                violations.add(new Violation("scores", "are recorded for completed sessions only"));
            }
        } else {
            measurements(clientId, request.measurementList(), violations);
            scores(request.scoreList(), violations);
        }
        if (!violations.isEmpty()) {
            throw new ProblemException(ProblemType.VALIDATION, "The request has invalid fields", violations);
        }
    }

    private static void period(SessionRequest request, List<Violation> violations) {
        if (request.endsAt() == null) {
            if (request.status() == SessionStatus.COMPLETED) {
                violations.add(new Violation("endsAt", "is required for a completed session"));
            }
        } else if (!request.endsAt().isAfter(request.startsAt())) {
            violations.add(new Violation("endsAt", "must be after startsAt"));
        }
    }

    /**
     * Each co-treater is a Cadence staff member (staffId alone) or an outside clinician (name and
     * discipline together); staff are known, named once and not the session's own therapist.
     */
    void coTreaters(UUID therapistId, List<CoTreater> coTreaters, List<Violation> violations) {
        Set<UUID> ids = new HashSet<>();
        coTreaters.forEach(c -> {
            if (c.staffId() != null) {
                ids.add(c.staffId());
            }
        });
        Set<UUID> known = new HashSet<>();
        if (!ids.isEmpty()) {
            known.addAll(em.createQuery("select s.id from Staff s where s.id in :ids", UUID.class)
                    .setParameter("ids", ids).getResultList());
        }
        Set<UUID> named = new HashSet<>();
        for (int i = 0; i < coTreaters.size(); i++) {
            CoTreater coTreater = coTreaters.get(i);
            String at = "coTreaters[" + i + "]";
            if (coTreater.staffId() != null) {
                if (coTreater.name() != null || coTreater.discipline() != null) {
                    violations.add(new Violation(at, "is either a staff member (staffId) or an outside clinician (name and "
                            + "discipline), not both"));
                } else if (!known.contains(coTreater.staffId())) {
                    violations.add(new Violation(at + ".staffId", "is not a Cadence staff member"));
                } else if (coTreater.staffId().equals(therapistId)) {
                    violations.add(new Violation(at + ".staffId", "is the session's own therapist"));
                } else if (!named.add(coTreater.staffId())) {
                    violations.add(new Violation(at + ".staffId", "is named more than once"));
                }
            } else {
                if (coTreater.name() == null || coTreater.name().isBlank()) {
                    violations.add(new Violation(at + ".name", "is required for a clinician from outside Cadence "
                            + "(or give staffId)"));
                }
                if (coTreater.discipline() == null) {
                    violations.add(new Violation(at + ".discipline", "is required for a clinician from outside Cadence "
                            + "(or give staffId)"));
                }
            }
        }
    }

    void interventions(List<InterventionEntry> interventions, List<Violation> violations) {
        Set<String> known = catalog.knownCodes(interventions.stream().map(InterventionEntry::code).toList());
        for (int i = 0; i < interventions.size(); i++) {
            if (!known.contains(interventions.get(i).code())) {
                violations.add(new Violation("interventions[" + i + "].code", "is not in the intervention catalog"));
            }
        }
    }

    private void measurements(UUID clientId, List<MeasurementEntry> measurements, List<Violation> violations) {
        Map<UUID, Goal> goals = new HashMap<>();
        Set<UUID> ids = new HashSet<>();
        measurements.forEach(m -> ids.add(m.goalId()));
        if (!ids.isEmpty()) {
            // One array parameter rather than an IN list, whose translation Hibernate cannot cache. A
            // native query would flush the transaction's pending changes; goals and markings have none here.
            em.createNativeQuery("select g.* from goal g where g.id = any(:ids) and" + RecordType.GOAL.notMarked("g.id"),
                    Goal.class).setParameter("ids", ids.toArray(UUID[]::new)).setFlushMode(FlushModeType.COMMIT)
                    .getResultStream().forEach(goal -> goals.put(((Goal) goal).id, (Goal) goal));
        }
        Set<UUID> measured = new HashSet<>();
        for (int i = 0; i < measurements.size(); i++) {
            MeasurementEntry measurement = measurements.get(i);
            Goal goal = goals.get(measurement.goalId());
            String at = "measurements[" + i + "]";
            if (goal == null || !goal.clientId.equals(clientId)) {
                violations.add(new Violation(at + ".goalId", "is not a goal of this client"));
            } else if (!measured.add(goal.id)) {
                violations.add(new Violation(at + ".goalId", "is measured more than once in this session"));
            } else {
                goal.problemWith(measurement.value())
                        .ifPresent(problem -> violations.add(new Violation(at + ".value", problem)));
            }
        }
    }

    private void scores(List<ScoreEntry> scores, List<Violation> violations) {
        Map<String, Scale> scales = catalog.scalesByCode(scores.stream().map(ScoreEntry::scale).toList());
        Set<String> scored = new HashSet<>();
        for (int i = 0; i < scores.size(); i++) {
            ScoreEntry score = scores.get(i);
            Scale scale = scales.get(score.scale());
            String at = "scores[" + i + "]";
            if (scale == null) {
                violations.add(new Violation(at + ".scale", "is not a known scale; see GET /api/v1/scales"));
            } else if (!scored.add(scale.code)) {
                violations.add(new Violation(at + ".scale", "is scored more than once in this session"));
            } else if (score.pre() == null && score.post() == null) {
                violations.add(new Violation(at, "needs a pre score, a post score or both"));
            } else {
                check(scale, score.pre(), at + ".pre", violations);
                check(scale, score.post(), at + ".post", violations);
            }
        }
    }

    private static void check(Scale scale, BigDecimal value, String field, List<Violation> violations) {
        if (value != null) {
            scale.problemWith(value).ifPresent(problem -> violations.add(new Violation(field, problem)));
        }
    }
}
