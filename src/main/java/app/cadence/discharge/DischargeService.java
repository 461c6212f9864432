package app.cadence.discharge;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import app.cadence.client.Client;
import app.cadence.client.ClientStatus;
import app.cadence.common.problem.ProblemException;
import app.cadence.correction.RecordType;
import app.cadence.goal.Goal;
import app.cadence.goal.GoalStatus;
import app.cadence.security.AccessPolicy;
import app.cadence.security.Action;
import app.cadence.staff.StaffService;

@ApplicationScoped
@Transactional
public class DischargeService {

    private final EntityManager em;
    private final AccessPolicy access;
    private final StaffService staffService;

    DischargeService(EntityManager em, AccessPolicy access, StaffService staffService) {
        this.em = em;
        this.access = access;
        this.staffService = staffService;
    }

    /**
     * Ends the client's course of therapy in one transaction: every open goal gets its outcome,
     * the client becomes discharged and the decision is recorded. Only a child in therapy (active
     * or on hold) can be discharged; the client row is locked so two discharges cannot both pass.
     */
    public Discharge discharge(UUID clientId, DischargeRequest request) {
        Client client = access.client(Action.DISCHARGE_CLIENT, clientId);
        em.refresh(client, LockModeType.PESSIMISTIC_WRITE);
        if (client.status != ClientStatus.ACTIVE && client.status != ClientStatus.ON_HOLD) {
            throw ProblemException.conflict("A " + client.status.code() + " client cannot be discharged; "
                    + "only a child in therapy (active or on-hold) can");
        }
        if (request.reason() == DischargeReason.OTHER
                && (request.reasonDetail() == null || request.reasonDetail().isBlank())) {
            throw ProblemException.invalid("reasonDetail", "is required when the reason is other");
        }
        List<GoalOutcome> outcomes = Objects.requireNonNullElse(request.goalOutcomes(), List.of());
        Map<UUID, Goal> goals = em.createQuery("select g from Goal g where g.clientId = :client and "
                        + RecordType.GOAL.notMarkedJpql("g.id"), Goal.class)
                .setParameter("client", clientId)
                .getResultStream()
                .collect(Collectors.toMap(g -> g.id, Function.identity()));
        checkOutcomes(outcomes, goals);

        List<RecordedOutcome> recorded = new ArrayList<>();
        for (GoalOutcome outcome : outcomes) {
            Goal goal = goals.get(outcome.goalId());
            if (!goal.status.canBecome(outcome.status())) {
                throw ProblemException.conflict("Goal " + goal.id + " is " + goal.status.code() + " and cannot become "
                        + outcome.status().code());
            }
            recorded.add(new RecordedOutcome(goal.id, goal.status, outcome.status(), outcome.comment()));
            goal.status = outcome.status();
        }
        client.status = ClientStatus.DISCHARGED;

        Discharge discharge = new Discharge();
        discharge.clientId = clientId;
        discharge.reason = request.reason();
        discharge.reasonDetail = request.reasonDetail();
        discharge.dischargedOn = Objects.requireNonNullElseGet(request.dischargedOn(), LocalDate::now);
        discharge.goalOutcomes = recorded;
        discharge.recommendations = request.recommendations();
        discharge.dischargedBy = staffService.currentId();
        discharge.persist();
        em.flush();
        return discharge;
    }

    /** The client's latest discharge; 404 when the client was never discharged. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Discharge latest(UUID clientId) {
        access.client(Action.READ_CLIENT, clientId);
        return em.createQuery("select d from Discharge d where d.clientId = :client order by d.id desc", Discharge.class)
                .setParameter("client", clientId)
                .setMaxResults(1)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> ProblemException.notFound("Discharge of client", clientId));
    }

    /**
     * Each outcome names a goal of this client once, closes it (achieved or discontinued) or
     * repeats the status of a goal already closed, and no open goal is left without one.
     */
    private static void checkOutcomes(List<GoalOutcome> outcomes, Map<UUID, Goal> goals) {
        Set<UUID> named = new HashSet<>();
        for (int i = 0; i < outcomes.size(); i++) {
            GoalOutcome outcome = outcomes.get(i);
            Goal goal = goals.get(outcome.goalId());
            if (goal == null) {
                throw ProblemException.invalid("goalOutcomes[" + i + "].goalId", "must be a goal of this client");
            }
            if (!named.add(goal.id)) {
                throw ProblemException.invalid("goalOutcomes[" + i + "].goalId", "is listed twice");
            }
            if (!outcome.status().closed()) {
                throw ProblemException.invalid("goalOutcomes[" + i + "].status",
                        "at discharge a goal is achieved or discontinued");
            }
        }
        List<String> missing = goals.values().stream()
                .filter(g -> !g.status.closed() && !named.contains(g.id))
                .map(g -> g.id.toString())
                .sorted()
                .toList();
        if (!missing.isEmpty()) {
            throw ProblemException.invalid("goalOutcomes",
                    "every open goal needs an outcome; missing: " + String.join(", ", missing));
        }
    }
}
