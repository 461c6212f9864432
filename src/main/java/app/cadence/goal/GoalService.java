package app.cadence.goal;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;

import app.cadence.client.Client;
import app.cadence.client.ClientStatus;
import app.cadence.common.http.ETags;
import app.cadence.common.paging.Cursor;
import app.cadence.common.paging.Page;
import app.cadence.common.paging.PageRequest;
import app.cadence.common.problem.ProblemException;
import app.cadence.correction.Corrections;
import app.cadence.correction.EnteredInError;
import app.cadence.correction.EnteredInErrorRequest;
import app.cadence.correction.RecordType;
import app.cadence.security.AccessPolicy;
import app.cadence.security.Action;
import app.cadence.staff.StaffService;

@ApplicationScoped
@Transactional
public class GoalService {

    private final EntityManager em;
    private final AccessPolicy access;
    private final StaffService staffService;
    private final GoalValidator validator;
    private final Corrections corrections;

    GoalService(EntityManager em, AccessPolicy access, StaffService staffService, GoalValidator validator,
            Corrections corrections) {
        this.corrections = corrections;
        this.em = em;
        this.access = access;
        this.staffService = staffService;
        this.validator = validator;
    }

    /** A client's goals in the order they were set, optionally only those with one status. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<GoalResponse> list(UUID clientId, GoalStatus status, PageRequest page) {
        access.client(Action.READ_CLIENT, clientId);
        Optional<UUID> after = Cursor.decode(page.cursor, 1).map(c -> c.uuid(0));
        String jpql = "select g from Goal g where g.clientId = :client and g.id > :after and "
                + RecordType.GOAL.notMarkedJpql("g.id")
                + (status == null ? "" : " and g.status = :status") + " order by g.id";
        TypedQuery<Goal> query = em.createQuery(jpql, Goal.class)
                .setParameter("client", clientId)
                .setParameter("after", after.orElse(new UUID(0, 0)))
                .setMaxResults(page.fetchSize());
        if (status != null) {
            query.setParameter("status", status);
        }
        return Page.of(query.getResultList(), page.limit, g -> Cursor.of(g.id), GoalResponse::of);
    }

    public Goal create(UUID clientId, GoalRequest request) {
        Client client = access.client(Action.WRITE_CLINICAL, clientId);
        if (client.status == ClientStatus.DISCHARGED || client.status == ClientStatus.ENTERED_IN_ERROR) {
            throw ProblemException.conflict("The client is " + client.status.code() + "; it takes no new goals");
        }
        GoalStatus status = Objects.requireNonNullElse(request.status(), GoalStatus.PROPOSED);
        if (status != GoalStatus.PROPOSED && status != GoalStatus.ACTIVE) {
            throw ProblemException.invalid("status", "a new goal is proposed or active");
        }
        validator.check(clientId, request, null);
        Goal goal = new Goal();
        goal.clientId = clientId;
        goal.createdBy = staffService.currentId();
        goal.status = status;
        apply(goal, request);
        goal.persist();
        em.flush();
        return goal;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Goal get(UUID goalId) {
        return load(Action.READ_CLIENT, goalId);
    }

    /**
     * Replaces an open goal. Achieved and discontinued goals are outcomes and stay as they were;
     * a measured goal keeps its measure, or its series would mix incomparable values.
     */
    public Goal update(UUID goalId, String ifMatch, GoalRequest request) {
        Goal goal = load(Action.WRITE_CLINICAL, goalId);
        if (goal.status.closed()) {
            throw ProblemException.conflict("Goal " + goalId + " is " + goal.status.code() + " and can no longer change");
        }
        ETags.requireMatch(ifMatch, goal.version);
        GoalStatus status = Objects.requireNonNullElse(request.status(), goal.status);
        if (!goal.status.canBecome(status)) {
            throw ProblemException.conflict("A " + goal.status.code() + " goal cannot become " + status.code());
        }
        if (!Measure.of(goal).equals(normalized(request.measure())) && measured(goalId)) {
            throw ProblemException.conflict("Goal " + goalId + " already has measurements; its measure cannot change. "
                    + "Discontinue it and set a new goal instead");
        }
        validator.check(goal.clientId, request, goal);
        goal.status = status;
        apply(goal, request);
        em.flush();
        return goal;
    }

    /** The goal's entered-in-error marking, if it has one. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<EnteredInError> marking(UUID goalId) {
        return corrections.find(RecordType.GOAL, goalId);
    }

    /**
     * Marks a goal as a mistake: it is not changed, but leaves lists, progress, reports and FHIR,
     * and its measurements with it. 409 when it is marked already.
     */
    public Goal markEnteredInError(UUID goalId, EnteredInErrorRequest request) {
        Goal goal = load(Action.CORRECT_RECORD, goalId);
        em.lock(goal, LockModeType.PESSIMISTIC_WRITE);
        corrections.mark(RecordType.GOAL, goalId, request.reason(), staffService.currentId());
        return goal;
    }

    /**
     * The goal if the caller may act on its client; missing and out of reach answer the same 404. A
     * goal marked entered-in-error still reads (with its marking) for supervisors, and for everyone
     * else no longer exists.
     */
    private Goal load(Action action, UUID goalId) {
        access.require(action);
        Goal goal = em.find(Goal.class, goalId);
        if (goal == null || !access.reaches(action, goal.clientId)) {
            throw ProblemException.notFound("Goal", goalId);
        }
        // Marking twice answers 409 (in Corrections) to whoever may mark it.
        if (action != Action.CORRECT_RECORD && corrections.find(RecordType.GOAL, goalId).isPresent()
                && !(action == Action.READ_CLIENT && access.reachesEveryone(Action.CORRECT_RECORD))) {
            throw ProblemException.notFound("Goal", goalId);
        }
        return goal;
    }

    private boolean measured(UUID goalId) {
        return em.createQuery("select count(m) from Session s join s.measurements m where m.goalId = :goal",
                Long.class).setParameter("goal", goalId).getSingleResult() > 0;
    }

    private static Measure normalized(Measure measure) {
        return new Measure(measure.type(), Decimals.plain(measure.min()), Decimals.plain(measure.max()));
    }

    private static void apply(Goal goal, GoalRequest request) {
        goal.assessmentId = request.assessmentId();
        goal.domain = request.domain();
        goal.statement = request.statement().strip();
        goal.measureType = request.measure().type();
        goal.ratingMin = request.measure().min();
        goal.ratingMax = request.measure().max();
        goal.baseline = request.baseline();
        goal.target = request.target();
        goal.criterionSessions = request.consecutiveSessions();
        goal.targetDate = request.targetDate();
    }
}
