package app.cadence.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import app.cadence.client.Client;
import app.cadence.client.ClientStatus;
import app.cadence.common.http.ETags;
import app.cadence.common.paging.Cursor;
import app.cadence.common.paging.Page;
import app.cadence.common.paging.PageRequest;
import app.cadence.common.problem.ProblemException;
import app.cadence.common.problem.ProblemType;
import app.cadence.common.problem.Violation;
import app.cadence.security.AccessPolicy;
import app.cadence.security.Action;
import app.cadence.staff.StaffService;

/**
 * A client's treatment plans. One plan is in force at a time: writing a new one supersedes it. A
 * plan changes only while in force; reviews are appended, a discharge review ends the plan.
 */
@ApplicationScoped
@Transactional
public class TreatmentPlanService {

    private final EntityManager em;
    private final AccessPolicy access;
    private final StaffService staff;

    TreatmentPlanService(EntityManager em, AccessPolicy access, StaffService staff) {
        this.em = em;
        this.access = access;
        this.staff = staff;
    }

    /** A plan with its reviews, oldest first. */
    public record Read(TreatmentPlan plan, List<PlanReview> reviews) {
    }

    public Read create(UUID clientId, TreatmentPlanRequest request) {
        Client client = access.client(Action.WRITE_PLAN, clientId);
        em.lock(client, LockModeType.PESSIMISTIC_WRITE);
        if (client.status != ClientStatus.ACTIVE && client.status != ClientStatus.ON_HOLD) {
            throw ProblemException.conflict("Only a client in therapy (active or on hold) gets a treatment plan");
        }
        validate(clientId, request);
        em.createQuery("update TreatmentPlan p set p.status = :superseded, p.version = p.version + 1 "
                + "where p.clientId = :client and p.status = :active")
                .setParameter("superseded", PlanStatus.SUPERSEDED).setParameter("active", PlanStatus.ACTIVE)
                .setParameter("client", clientId).executeUpdate();
        TreatmentPlan plan = new TreatmentPlan();
        plan.clientId = clientId;
        plan.authorId = staff.currentId();
        apply(plan, request);
        plan.persist();
        em.flush();
        return new Read(plan, List.of());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<TreatmentPlanResponse> list(UUID clientId, PageRequest page) {
        access.requireClient(Action.READ_CLIENT, clientId);
        Optional<Cursor> after = Cursor.decode(page.cursor, 1);
        var query = em.createQuery("select p from TreatmentPlan p where p.clientId = :client"
                + (after.isPresent() ? " and p.id < :after" : "") + " order by p.id desc", TreatmentPlan.class)
                .setParameter("client", clientId).setMaxResults(page.fetchSize());
        after.ifPresent(c -> query.setParameter("after", c.uuid(0)));
        List<TreatmentPlan> plans = query.getResultList();
        // All the page's reviews in one statement, whatever the limit.
        Map<UUID, List<PlanReview>> reviews = plans.isEmpty() ? Map.of() : em.createQuery(
                "select r from PlanReview r where r.planId in :plans order by r.reviewedAt, r.id", PlanReview.class)
                .setParameter("plans", plans.stream().map(p -> p.id).toList()).getResultStream()
                .collect(Collectors.groupingBy(r -> r.planId));
        return Page.of(plans, page.limit, p -> Cursor.of(p.id),
                p -> TreatmentPlanResponse.of(p, reviews.getOrDefault(p.id, List.of())));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Read get(UUID planId) {
        TreatmentPlan plan = plan(Action.READ_CLIENT, planId);
        return new Read(plan, reviews(planId));
    }

    public Read update(UUID planId, String ifMatch, TreatmentPlanRequest request) {
        TreatmentPlan plan = plan(Action.WRITE_PLAN, planId);
        ETags.requireMatch(ifMatch, plan.version);
        requireInForce(plan);
        validate(plan.clientId, request);
        apply(plan, request);
        em.flush();
        return new Read(plan, reviews(planId));
    }

    public Read review(UUID planId, PlanReviewRequest request) {
        TreatmentPlan plan = plan(Action.REVIEW_PLAN, planId);
        em.lock(plan, LockModeType.PESSIMISTIC_WRITE);
        requireInForce(plan);
        if (request.nextReviewDate() != null) {
            if (request.outcome() == ReviewOutcome.DISCHARGE) {
                throw invalid("nextReviewDate", "must be absent when the outcome is discharge");
            }
            if (request.nextReviewDate().isBefore(plan.startDate)) {
                throw invalid("nextReviewDate", "must not be before the plan's startDate");
            }
            plan.reviewDate = request.nextReviewDate();
        }
        if (request.outcome() == ReviewOutcome.DISCHARGE) {
            plan.status = PlanStatus.ENDED;
        }
        PlanReview review = new PlanReview();
        review.planId = planId;
        review.outcome = request.outcome();
        review.note = request.note();
        review.nextReviewDate = request.nextReviewDate();
        review.reviewedAt = app.cadence.common.persistence.BaseEntity.now();
        review.reviewedBy = staff.currentId();
        review.persist();
        // The plan's version moves with each review, so its ETag tells a reader that something changed.
        em.lock(plan, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        em.flush();
        return new Read(plan, reviews(planId));
    }

    /** The plan after the role check (403); off the caller's care teams it answers like a missing plan (404). */
    private TreatmentPlan plan(Action action, UUID planId) {
        access.require(action);
        TreatmentPlan plan = em.find(TreatmentPlan.class, planId);
        if (plan == null || !access.allows(action, plan.clientId)) {
            throw ProblemException.notFound("Treatment plan", planId);
        }
        return plan;
    }

    private List<PlanReview> reviews(UUID planId) {
        return em.createQuery("select r from PlanReview r where r.planId = :plan order by r.reviewedAt, r.id", PlanReview.class)
                .setParameter("plan", planId).getResultList();
    }

    private static void requireInForce(TreatmentPlan plan) {
        if (plan.status != PlanStatus.ACTIVE) {
            throw ProblemException.conflict("The plan is " + plan.status.code() + " and no longer changes");
        }
    }

    /** The goals must be the client's own; the review date not before the start. */
    private void validate(UUID clientId, TreatmentPlanRequest request) {
        List<Violation> violations = new ArrayList<>();
        Set<UUID> own = Set.copyOf(em.createQuery("select g.id from Goal g where g.clientId = :client and g.id in :ids",
                UUID.class).setParameter("client", clientId)
                .setParameter("ids", request.goalIds().isEmpty() ? List.of(new UUID(0, 0)) : request.goalIds())
                .getResultList());
        for (int i = 0; i < request.goalIds().size(); i++) {
            if (!own.contains(request.goalIds().get(i))) {
                violations.add(new Violation("goalIds[" + i + "]", "must be a goal of this client"));
            }
        }
        if (request.reviewDate().isBefore(request.startDate())) {
            violations.add(new Violation("reviewDate", "must not be before startDate"));
        }
        if (!violations.isEmpty()) {
            throw new ProblemException(ProblemType.VALIDATION, "The request has invalid fields", violations);
        }
    }

    private static ProblemException invalid(String field, String message) {
        return new ProblemException(ProblemType.VALIDATION, "The request has invalid fields",
                List.of(new Violation(field, message)));
    }

    private static void apply(TreatmentPlan plan, TreatmentPlanRequest request) {
        plan.sessionsPerWeek = request.sessionsPerWeek();
        plan.minutesPerSession = request.minutesPerSession();
        plan.goalIds = request.goalIds().toArray(UUID[]::new);
        plan.startDate = request.startDate();
        plan.reviewDate = request.reviewDate();
    }
}
