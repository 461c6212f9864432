package app.cadence.session;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
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
import app.cadence.common.problem.ProblemType;
import app.cadence.common.problem.Violation;
import app.cadence.correction.Corrections;
import app.cadence.correction.EnteredInError;
import app.cadence.correction.EnteredInErrorRequest;
import app.cadence.correction.RecordType;
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
    private final Corrections corrections;

    SessionService(EntityManager em, AccessPolicy access, StaffService staff, SessionQueries queries, SessionChecks checks,
            Corrections corrections) {
        this.corrections = corrections;
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
        boolean correctsEveryone = access.reachesEveryone(Action.CORRECT_RECORD);
        return Page.of(rows, page.limit, row -> row.position().cursor(),
                row -> correctsEveryone ? row.body() : row.body().withoutMarkedMeasurements());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public SessionView get(UUID sessionId) {
        access.require(Action.READ_CLIENT);
        SessionView session = queries.byId(sessionId)
                .filter(found -> access.reaches(Action.READ_CLIENT, found.body().clientId()))
                .orElseThrow(() -> ProblemException.notFound("Session", sessionId));
        return withMarking(session);
    }

    /**
     * A session marked entered-in-error reads, with its marking, only for those who correct records
     * of every client (supervisors); for everyone else it no longer exists.
     */
    private SessionView withMarking(SessionView session) {
        Optional<EnteredInError> marking = corrections.find(RecordType.SESSION, session.body().id());
        boolean correctsEveryone = access.reachesEveryone(Action.CORRECT_RECORD);
        if (!correctsEveryone) {
            if (marking.isPresent()) {
                throw ProblemException.notFound("Session", session.body().id());
            }
            return new SessionView(session.body().withoutMarkedMeasurements(), session.version());
        }
        return marking.map(m -> new SessionView(session.body().markedBy(m), session.version())).orElse(session);
    }

    /**
     * Marks a session as a mistake. The session itself is not changed (a signed one stays exactly as
     * signed); the marking is appended to entered_in_error and the session leaves every list,
     * report and export. 409 when it is marked already.
     */
    public SessionView markEnteredInError(UUID sessionId, EnteredInErrorRequest request) {
        access.require(Action.CORRECT_RECORD);
        Session session = em.find(Session.class, sessionId);
        if (session == null || !access.reaches(Action.CORRECT_RECORD, session.clientId)) {
            throw ProblemException.notFound("Session", sessionId);
        }
        // Serializes markings of one session, so the second of two concurrent ones gets its 409.
        em.lock(session, LockModeType.PESSIMISTIC_WRITE);
        EnteredInError marking = corrections.mark(RecordType.SESSION, sessionId, request.reason(), staff.currentId());
        em.detach(session);
        SessionView stored = queries.byId(sessionId).orElseThrow();
        return new SessionView(stored.body().markedBy(marking), stored.version());
    }

    /**
     * Marks one goal measurement of a session as a mistake, leaving the session and the measurement
     * as they were. Only a measurement of a frozen session (its note signed or awaiting
     * co-signature) is marked: a draft session is corrected by replacing it, and only a frozen one
     * keeps each measurement at its position. 409 when the session is a draft or the measurement is
     * marked already; 404 for a measurement that does not exist, as for a session out of reach.
     */
    public SessionView markMeasurementEnteredInError(UUID sessionId, int position, EnteredInErrorRequest request) {
        Session session = unmarkedInReach(Action.CORRECT_RECORD, sessionId);
        // Serializes markings of one session's measurements, and holds the note's status still.
        em.lock(session, LockModeType.PESSIMISTIC_WRITE);
        if (position < 0 || position >= session.measurements.size()) {
            throw ProblemException.notFound("Measurement " + position + " of session", sessionId);
        }
        NoteStatus note = noteStatus(sessionId);
        if (note == null || note == NoteStatus.DRAFT) {
            throw ProblemException.conflict("The session's note is not signed yet: correct the measurement by "
                    + "replacing the session (PUT) instead of marking it");
        }
        corrections.markMeasurement(sessionId, position, request.reason(), staff.currentId());
        em.detach(session);
        return queries.byId(sessionId).orElseThrow();
    }

    /** Documents a session of a client in care; the caller becomes its therapist. */
    public SessionView create(UUID clientId, SessionRequest request) {
        if (request.kind() == SessionKind.GROUP) {
            throw new ProblemException(ProblemType.VALIDATION, "The request has invalid fields", List.of(new Violation(
                    "kind", "group sessions are created through POST /api/v1/group-sessions, which makes each "
                            + "participant's session")));
        }
        return stored(persist(null, clientId, request));
    }

    /**
     * One participant's session of a group session, made by the group session's creator: the same
     * rules as a session of one client (the caller writes on the child's care team, the child is in
     * care, the request is valid), linked to the group.
     */
    public UUID createInGroup(UUID groupSessionId, UUID clientId, SessionRequest request) {
        return persist(groupSessionId, clientId, request).id;
    }

    private Session persist(UUID groupSessionId, UUID clientId, SessionRequest request) {
        Client client = access.client(Action.WRITE_CLINICAL, clientId);
        if (client.status == ClientStatus.DISCHARGED || client.status == ClientStatus.ENTERED_IN_ERROR) {
            throw ProblemException.conflict("No new sessions for a " + client.status.code()
                    + " client; a discharged child returns to therapy through a new referral");
        }
        UUID therapistId = staff.currentId();
        checks.requireValid(clientId, therapistId, request);
        Session session = new Session();
        session.clientId = clientId;
        session.therapistId = therapistId;
        session.groupSessionId = groupSessionId;
        apply(session, request);
        session.persist();
        return session;
    }

    /**
     * What is wrong with a group session's shared part, as for a session's own: its period, catalog
     * codes and co-treaters (the therapist being the group's creator).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Violation> problemsWith(GroupShare share, UUID therapistId) {
        List<Violation> violations = new ArrayList<>();
        if (share.endsAt() != null && !share.endsAt().isAfter(share.startsAt())) {
            violations.add(new Violation("endsAt", "must be after startsAt"));
        }
        checks.interventions(share.interventions(), violations);
        checks.coTreaters(therapistId, share.coTreaters(), violations);
        return violations;
    }

    /**
     * A group session's shared part changed: every participant's session takes it. Refused (409)
     * when a participant's note is no longer a draft, since that session is part of a signed record.
     */
    public void shareGroupChange(UUID sessionId, GroupShare share) {
        Session session = em.find(Session.class, sessionId, LockModeType.PESSIMISTIC_WRITE);
        NoteStatus note = noteStatus(sessionId);
        if (note != null && note != NoteStatus.DRAFT) {
            throw ProblemException.conflict("A participant's note is signed, so the group session can no longer change; "
                    + "add an addendum to that note instead");
        }
        if (share.endsAt() == null && session.status == SessionStatus.COMPLETED) {
            throw ProblemException.invalid("endsAt", "is required once a participant's session is completed");
        }
        session.startsAt = share.startsAt();
        session.startsAtOffset = Session.offsetOf(share.startsAt());
        session.endsAt = share.endsAt();
        session.endsAtOffset = Session.offsetOf(share.endsAt());
        session.setting = share.setting();
        session.interventions.clear();
        share.interventions().forEach(entry -> session.interventions.add(entry.toEmbeddable()));
        session.coTreaters.clear();
        share.coTreaters().forEach(entry -> session.coTreaters.add(entry.toEmbeddable()));
    }

    /**
     * Replaces the whole session of the version named by If-Match. Sessions of a discharged client
     * may still be completed or cancelled: documentation of care given before discharge goes on.
     */
    public SessionView update(UUID sessionId, String ifMatch, SessionRequest request) {
        Session session = unmarkedInReach(Action.WRITE_CLINICAL, sessionId);
        ETags.requireMatch(ifMatch, session.version);
        // Held until commit, so a session cannot change while its note is being signed.
        em.lock(session, LockModeType.PESSIMISTIC_WRITE);
        NoteStatus noteStatus = noteStatus(sessionId);
        if (noteStatus != null && noteStatus != NoteStatus.DRAFT) {
            throw ProblemException.conflict("The session's note is signed, so the session can no longer change; "
                    + "add an addendum to the note instead");
        }
        if (session.groupSessionId != null) {
            requireGroupShare(session.groupSessionId, request);
        } else if (request.kind() == SessionKind.GROUP) {
            throw new ProblemException(ProblemType.VALIDATION, "The request has invalid fields", List.of(new Violation(
                    "kind", "only a participant's session of a group session is of kind group")));
        }
        checks.requireValid(session.clientId, session.therapistId, request);
        apply(session, request);
        return stored(session);
    }

    /**
     * A participant's session keeps what the group shares (when, where, kind group); changing those
     * is done once, on the group session.
     */
    private void requireGroupShare(UUID groupSessionId, SessionRequest request) {
        Object[] group = (Object[]) em.createNativeQuery(
                "select starts_at, ends_at, setting from group_session where id = :id")
                .setParameter("id", groupSessionId).getSingleResult();
        List<Violation> violations = new ArrayList<>();
        String change = "is set by the group session " + groupSessionId + "; change it there";
        if (!sameInstant(request.startsAt(), group[0])) {
            violations.add(new Violation("startsAt", change));
        }
        if (!sameInstant(request.endsAt(), group[1])) {
            violations.add(new Violation("endsAt", change));
        }
        if (request.setting() == null || !request.setting().code().equals(group[2])) {
            violations.add(new Violation("setting", change));
        }
        if (request.kind() != SessionKind.GROUP) {
            violations.add(new Violation("kind", "is group for a participant of a group session"));
        }
        if (!violations.isEmpty()) {
            throw new ProblemException(ProblemType.VALIDATION, "The request has invalid fields", violations);
        }
    }

    private static boolean sameInstant(OffsetDateTime requested, Object stored) {
        if (requested == null || stored == null) {
            return requested == null && stored == null;
        }
        Instant instant = stored instanceof OffsetDateTime time ? time.toInstant() : (Instant) stored;
        return requested.toInstant().equals(instant);
    }

    /**
     * The session, for an action the caller may take on it. Off the caller's care teams, or marked
     * entered-in-error, it answers exactly like a missing one, naming no client.
     */
    private Session unmarkedInReach(Action action, UUID sessionId) {
        access.require(action);
        Session session = em.find(Session.class, sessionId);
        if (session == null || !access.reaches(action, session.clientId)
                || corrections.find(RecordType.SESSION, sessionId).isPresent()) {
            throw ProblemException.notFound("Session", sessionId);
        }
        return session;
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
        session.cancellationReason = request.cancellationReason();
        session.familyPresent = Boolean.TRUE.equals(request.familyPresent());
        session.interventions.clear();
        request.interventionList().forEach(entry -> session.interventions.add(entry.toEmbeddable()));
        session.measurements.clear();
        request.measurementList().forEach(entry -> session.measurements.add(entry.toEmbeddable()));
        session.scores.clear();
        request.scoreList().forEach(entry -> session.scores.add(entry.toEmbeddable()));
        session.coTreaters.clear();
        request.coTreaterList().forEach(entry -> session.coTreaters.add(entry.toEmbeddable()));
    }
}
