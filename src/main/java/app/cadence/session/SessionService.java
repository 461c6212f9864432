package app.cadence.session;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import app.cadence.client.Client;
import app.cadence.client.ClientStatus;
import app.cadence.common.http.ETags;
import app.cadence.common.paging.Page;
import app.cadence.common.paging.PageRequest;
import app.cadence.common.paging.TimeWindow;
import app.cadence.common.problem.ProblemException;
import app.cadence.note.NoteStatus;
import app.cadence.security.AccessPolicy;
import app.cadence.security.Action;
import app.cadence.staff.StaffService;

@ApplicationScoped
@Transactional
public class SessionService {

    private final EntityManager em;
    private final AccessPolicy access;
    private final StaffService staff;
    private final SessionQueries queries;
    private final SessionChecks checks;

    SessionService(EntityManager em, AccessPolicy access, StaffService staff, SessionQueries queries, SessionChecks checks) {
        this.em = em;
        this.access = access;
        this.staff = staff;
        this.queries = queries;
        this.checks = checks;
    }

    /** Newest first; the access check plus one statement, whatever the limit. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<SessionResponse> list(UUID clientId, SessionPeriod period, PageRequest page) {
        access.requireClient(Action.READ_CLIENT, clientId);
        TimeWindow window = period.window();
        Optional<SessionPosition> after = SessionPosition.decode(page.cursor);
        List<SessionView> rows = queries.ofClient(clientId, window, after, page.fetchSize());
        return Page.of(rows, page.limit, row -> row.position().cursor(), SessionView::body);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public SessionView get(UUID sessionId) {
        access.require(Action.READ_CLIENT);
        SessionView session = queries.byId(sessionId)
                .filter(found -> access.reaches(Action.READ_CLIENT, found.body().clientId()))
                .orElseThrow(() -> ProblemException.notFound("Session", sessionId));
        return session;
    }

    /** Documents a session of a client in care; the caller becomes its therapist. */
    public SessionView create(UUID clientId, SessionRequest request) {
        Client client = access.client(Action.WRITE_CLINICAL, clientId);
        if (client.status == ClientStatus.DISCHARGED || client.status == ClientStatus.ENTERED_IN_ERROR) {
            throw ProblemException.conflict("No new sessions for a " + client.status.code()
                    + " client; a discharged child returns to therapy through a new referral");
        }
        checks.requireValid(clientId, request);
        Session session = new Session();
        session.clientId = clientId;
        session.therapistId = staff.current().id;
        apply(session, request);
        session.persist();
        return stored(session);
    }

    /**
     * Replaces the whole session of the version named by If-Match. Sessions of a discharged client
     * may still be completed or cancelled: documentation of care given before discharge goes on.
     */
    public SessionView update(UUID sessionId, String ifMatch, SessionRequest request) {
        access.require(Action.WRITE_CLINICAL);
        Session session = em.find(Session.class, sessionId);
        // Off the caller's care teams, the session answers exactly like a missing one, naming no client.
        if (session == null || !access.reaches(Action.WRITE_CLINICAL, session.clientId)) {
            throw ProblemException.notFound("Session", sessionId);
        }
        ETags.requireMatch(ifMatch, session.version);
        // Held until commit, so a session cannot change while its note is being signed.
        em.lock(session, LockModeType.PESSIMISTIC_WRITE);
        if (noteStatus(sessionId) == NoteStatus.SIGNED) {
            throw ProblemException.conflict("The session's note is signed, so the session can no longer change; "
                    + "add an addendum to the note instead");
        }
        checks.requireValid(session.clientId, request);
        apply(session, request);
        return stored(session);
    }

    /** The session as a later read will show it: written, then read back from its row rather than from memory. */
    private SessionView stored(Session session) {
        em.flush();
        em.detach(session);
        return queries.byId(session.id).orElseThrow();
    }

    private NoteStatus noteStatus(UUID sessionId) {
        return em.createQuery("select n.status from SessionNote n where n.sessionId = :session", NoteStatus.class)
                .setParameter("session", sessionId)
                .getResultStream().findFirst().orElse(null);
    }

    private static void apply(Session session, SessionRequest request) {
        session.startsAt = request.startsAt();
        session.endsAt = request.endsAt();
        session.startsAtOffset = Session.offsetOf(request.startsAt());
        session.endsAtOffset = Session.offsetOf(request.endsAt());
        session.setting = request.setting();
        session.kind = request.kind();
        session.status = request.status();
        session.familyPresent = Boolean.TRUE.equals(request.familyPresent());
        session.interventions.clear();
        request.interventionList().forEach(entry -> session.interventions.add(entry.toEmbeddable()));
        session.measurements.clear();
        request.measurementList().forEach(entry -> session.measurements.add(entry.toEmbeddable()));
        session.scores.clear();
        request.scoreList().forEach(entry -> session.scores.add(entry.toEmbeddable()));
    }
}
