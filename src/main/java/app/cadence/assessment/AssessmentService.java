package app.cadence.assessment;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

import app.cadence.client.Client;
import app.cadence.client.ClientStatus;
import app.cadence.common.http.ETags;
import app.cadence.common.paging.Cursor;
import app.cadence.common.paging.Page;
import app.cadence.common.paging.PageRequest;
import app.cadence.common.persistence.BaseEntity;
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
public class AssessmentService {

    private final EntityManager em;
    private final AccessPolicy access;
    private final StaffService staffService;
    private final Corrections corrections;

    AssessmentService(EntityManager em, AccessPolicy access, StaffService staffService, Corrections corrections) {
        this.corrections = corrections;
        this.em = em;
        this.access = access;
        this.staffService = staffService;
    }

    /**
     * A client's assessments, newest first. The cursor holds the last id shown; its date is looked
     * up in the query, which walks the (client, assessed_on desc, id desc) index.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    @SuppressWarnings("unchecked")
    public Page<AssessmentResponse> list(UUID clientId, PageRequest page) {
        access.client(Action.READ_CLIENT, clientId);
        Optional<UUID> after = Cursor.decode(page.cursor, 1).map(c -> c.uuid(0));
        StringBuilder sql = new StringBuilder("select a.* from assessment a where a.client_id = :client and ")
                .append(RecordType.ASSESSMENT.notMarked("a.id"));
        after.ifPresent(id -> sql.append(" ").append("""
                 and (a.assessed_on, a.id) < (select x.assessed_on, x.id from assessment x where x.id = :after)"""));
        sql.append(" order by a.assessed_on desc, a.id desc limit :limit");
        Query query = em.createNativeQuery(sql.toString(), Assessment.class)
                .setParameter("client", clientId)
                .setParameter("limit", page.fetchSize());
        after.ifPresent(id -> query.setParameter("after", id));
        List<Assessment> rows = query.getResultList();
        return Page.of(rows, page.limit, a -> Cursor.of(a.id), AssessmentResponse::of);
    }

    /** Starts a draft assessment written by the caller. */
    public Assessment create(UUID clientId, AssessmentRequest request) {
        Client client = access.client(Action.WRITE_CLINICAL, clientId);
        if (client.status == ClientStatus.ENTERED_IN_ERROR) {
            throw ProblemException.conflict("The client was entered in error; it takes no new assessments");
        }
        Assessment assessment = new Assessment();
        assessment.clientId = clientId;
        assessment.therapistId = staffService.currentId();
        apply(assessment, request);
        assessment.persist();
        em.flush();
        return assessment;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Assessment get(UUID assessmentId) {
        return load(Action.READ_CLIENT, assessmentId);
    }

    /** Replaces a draft; a final assessment is part of the record and never changes. */
    public Assessment update(UUID assessmentId, String ifMatch, AssessmentRequest request) {
        Assessment assessment = load(Action.WRITE_CLINICAL, assessmentId);
        requireDraft(assessment);
        ETags.requireMatch(ifMatch, assessment.version);
        apply(assessment, request);
        em.flush();
        return assessment;
    }

    public Assessment makeFinal(UUID assessmentId) {
        Assessment assessment = load(Action.WRITE_CLINICAL, assessmentId);
        requireDraft(assessment);
        assessment.status = AssessmentStatus.FINAL;
        assessment.finalizedAt = BaseEntity.now();
        assessment.finalizedBy = staffService.currentId();
        em.flush();
        return assessment;
    }

    /** The assessment's entered-in-error marking, if it has one. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<EnteredInError> marking(UUID assessmentId) {
        return corrections.find(RecordType.ASSESSMENT, assessmentId);
    }

    /**
     * Marks an assessment (draft or final) as a mistake: it is not changed, but leaves the list and
     * the progress report. 409 when it is marked already.
     */
    public Assessment markEnteredInError(UUID assessmentId, EnteredInErrorRequest request) {
        Assessment assessment = load(Action.CORRECT_RECORD, assessmentId);
        em.lock(assessment, LockModeType.PESSIMISTIC_WRITE);
        corrections.mark(RecordType.ASSESSMENT, assessmentId, request.reason(), staffService.currentId());
        return assessment;
    }

    /**
     * The assessment if the caller may act on its client; missing and out of reach answer the same
     * 404. One marked entered-in-error still reads (with its marking) for supervisors, and for
     * everyone else no longer exists; marking it twice answers 409 (in Corrections).
     */
    private Assessment load(Action action, UUID assessmentId) {
        access.require(action);
        Assessment assessment = em.find(Assessment.class, assessmentId);
        if (assessment == null || !access.reaches(action, assessment.clientId)) {
            throw ProblemException.notFound("Assessment", assessmentId);
        }
        if (action != Action.CORRECT_RECORD && corrections.find(RecordType.ASSESSMENT, assessmentId).isPresent()
                && !(action == Action.READ_CLIENT && access.reachesEveryone(Action.CORRECT_RECORD))) {
            throw ProblemException.notFound("Assessment", assessmentId);
        }
        return assessment;
    }

    private static void requireDraft(Assessment assessment) {
        if (assessment.status == AssessmentStatus.FINAL) {
            throw ProblemException.conflict("Assessment " + assessment.id + " is final and can no longer change");
        }
    }

    private static void apply(Assessment assessment, AssessmentRequest request) {
        List<Finding> findings = request.findings() == null ? List.of() : request.findings();
        Set<Domain> seen = new HashSet<>();
        for (int i = 0; i < findings.size(); i++) {
            if (!seen.add(findings.get(i).domain())) {
                throw ProblemException.invalid("findings[" + i + "].domain", "is listed twice; give each domain once");
            }
        }
        assessment.assessedOn = request.assessedOn();
        assessment.kind = request.kind();
        assessment.findings = List.copyOf(findings);
        assessment.summary = request.summary();
        assessment.recommendations = request.recommendations();
    }
}
