package app.cadence.note;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import app.cadence.common.http.ETags;
import app.cadence.common.problem.ProblemException;
import app.cadence.common.problem.ProblemType;
import app.cadence.common.problem.Violation;
import app.cadence.correction.Corrections;
import app.cadence.correction.RecordType;
import app.cadence.security.AccessPolicy;
import app.cadence.security.Action;
import app.cadence.session.Session;
import app.cadence.session.SessionStatus;
import app.cadence.staff.Staff;
import app.cadence.staff.StaffService;

/**
 * A session's note from draft to signature. The note follows its session's client: outside the
 * care team it answers 404 like a missing session. A draft is hidden (404) from readers who may see
 * signed notes only: for them no note exists until it is signed.
 */
@ApplicationScoped
@Transactional
public class NoteService {

    private final EntityManager em;
    private final AccessPolicy access;
    private final StaffService staffService;
    private final Corrections corrections;

    NoteService(EntityManager em, AccessPolicy access, StaffService staffService, Corrections corrections) {
        this.corrections = corrections;
        this.em = em;
        this.access = access;
        this.staffService = staffService;
    }

    /** A written note and whether this write created it. */
    public record Written(SessionNote note, boolean created) {
    }

    /** A note with its addenda, oldest first. */
    public record Read(SessionNote note, List<Addendum> addenda) {
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Read get(UUID sessionId) {
        // Every role that may read drafts may also read signed notes, so this is the role check for both.
        Session session = session(Action.READ_SIGNED_NOTE, sessionId);
        SessionNote note = find(sessionId)
                .filter(n -> n.signed() || access.allows(Action.READ_DRAFT_NOTE, session.clientId))
                .orElseThrow(() -> noNote(sessionId));
        List<Addendum> addenda = note.signed() ? addenda(note.id) : List.of();
        return new Read(note, addenda);
    }

    /**
     * Creates the draft (the caller becomes its author) or replaces it. Any therapist on the care team
     * may edit a draft, as in co-treatment; If-Match keeps them from overwriting each other.
     */
    public Written write(UUID sessionId, String ifMatch, NoteRequest request) {
        Session session = session(Action.WRITE_CLINICAL, sessionId);
        Optional<SessionNote> existing = find(sessionId);
        existing.ifPresent(NoteService::requireDraft);
        requireHappened(session);
        existing.ifPresent(note -> ETags.requireMatch(ifMatch, note.version));
        List<Violation> violations = request.formatViolations();
        if (!violations.isEmpty()) {
            throw new ProblemException(ProblemType.VALIDATION, "The request has invalid fields", violations);
        }
        SessionNote note = existing.orElseGet(() -> {
            SessionNote draft = new SessionNote();
            draft.sessionId = sessionId;
            draft.authorId = staffService.currentId();
            return draft;
        });
        apply(note, request);
        if (existing.isEmpty()) {
            note.persist();
        }
        em.flush();
        return new Written(note, existing.isEmpty());
    }

    /**
     * Signs the draft as its author and freezes it. If-Match is optional here: an author who sends it
     * signs exactly the version they read, even if a co-therapist edited the draft meanwhile.
     */
    public SessionNote sign(UUID sessionId, String ifMatch) {
        Session session = session(Action.SIGN_NOTE, sessionId);
        // The same lock a session update takes: a session cannot change while its note is being signed.
        em.lock(session, LockModeType.PESSIMISTIC_WRITE);
        SessionNote note = find(sessionId).orElseThrow(() -> noNote(sessionId));
        Staff signer = staffService.current();
        if (!note.authorId.equals(signer.id)) {
            throw ProblemException.forbidden("Only the note's author may sign it");
        }
        requireDraft(note);
        requireHappened(session);
        if (ifMatch != null && !ifMatch.isBlank()) {
            ETags.requireMatch(ifMatch, note.version);
        }
        // An intern's signature freezes the note; it becomes final once co-signed.
        note.status = signer.requiresCosignature ? NoteStatus.AWAITING_COSIGNATURE : NoteStatus.SIGNED;
        note.signedBy = signer.id;
        note.signedAt = SignedContent.signingTime();
        note.contentSha256 = SignedContent.sha256(SignedContent.canonical(note));
        em.flush();
        return note;
    }

    /**
     * Co-signs an intern's note, which makes it signed. Supervisors may; a therapist on the care team
     * only when the author's staff record names them as a supervising therapist (403 otherwise). The
     * co-signature hashes the note's content hash with the co-signer and the time.
     */
    public SessionNote cosign(UUID sessionId) {
        Session session = session(Action.COSIGN_NOTE, sessionId);
        em.lock(session, LockModeType.PESSIMISTIC_WRITE);
        SessionNote note = find(sessionId).orElseThrow(() -> noNote(sessionId));
        Staff cosigner = staffService.current();
        if (!access.reachesEveryone(Action.COSIGN_NOTE)) {
            Staff author = em.find(Staff.class, note.authorId);
            if (!author.supervisedBy(cosigner.id)) {
                throw ProblemException.forbidden("Only a supervisor or a supervising therapist named on the author's "
                        + "staff record may co-sign this note");
            }
        }
        if (note.status != NoteStatus.AWAITING_COSIGNATURE) {
            throw ProblemException.conflict(note.signed() ? "The note is already signed"
                    : "The note is still a draft; its author signs it first");
        }
        if (note.authorId.equals(cosigner.id)) {
            throw ProblemException.forbidden("A note's author cannot co-sign it");
        }
        note.status = NoteStatus.SIGNED;
        note.cosignedBy = cosigner.id;
        note.cosignedAt = SignedContent.signingTime();
        note.cosignatureSha256 = SignedContent.sha256(SignedContent.canonicalCosignature(note));
        em.flush();
        return note;
    }

    /**
     * The session, after the role check (403). A session outside the caller's care teams answers
     * exactly as a missing one (404), without naming its client.
     */
    Session session(Action action, UUID sessionId) {
        access.require(action);
        Session session = em.find(Session.class, sessionId);
        if (session == null || !access.allows(action, session.clientId)) {
            throw ProblemException.notFound("Session", sessionId);
        }
        // A session marked entered-in-error keeps its note as signed, read only by supervisors; for
        // everyone else, and for any change, it no longer exists.
        if (corrections.find(RecordType.SESSION, sessionId).isPresent()
                && !(action == Action.READ_SIGNED_NOTE && access.reachesEveryone(Action.CORRECT_RECORD))) {
            throw ProblemException.notFound("Session", sessionId);
        }
        return session;
    }

    Optional<SessionNote> find(UUID sessionId) {
        return em.createQuery("select n from SessionNote n where n.sessionId = :session", SessionNote.class)
                .setParameter("session", sessionId)
                .getResultStream().findFirst();
    }

    static ProblemException noNote(UUID sessionId) {
        return ProblemException.notFound("Note of session", sessionId);
    }

    private List<Addendum> addenda(UUID noteId) {
        return em.createQuery("select a from Addendum a where a.noteId = :note order by a.signedAt, a.id", Addendum.class)
                .setParameter("note", noteId)
                .getResultList();
    }

    private static void requireDraft(SessionNote note) {
        if (note.frozen()) {
            throw ProblemException.conflict(note.signed()
                    ? "The note is signed and can no longer change; add an addendum instead"
                    : "The note is signed by its author and awaits co-signature; it can no longer change");
        }
    }

    /** A scheduled session has not happened yet; cancelled and no-show sessions may say why in a short note. */
    private static void requireHappened(Session session) {
        if (session.status == SessionStatus.SCHEDULED) {
            throw ProblemException.conflict("The session is still scheduled; document it once it is completed, "
                    + "cancelled or a no-show");
        }
    }

    private static void apply(SessionNote note, NoteRequest request) {
        note.format = request.format();
        note.subjective = textOrNull(request.subjective());
        note.objective = textOrNull(request.objective());
        note.assessment = textOrNull(request.assessment());
        note.plan = textOrNull(request.plan());
        note.narrative = textOrNull(request.narrative());
    }

    private static String textOrNull(String text) {
        return NoteRequest.present(text) ? text : null;
    }
}
