package app.cadence.note;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import app.cadence.careteam.CareTeamRole;
import app.cadence.common.problem.ProblemException;
import app.cadence.security.Action;
import app.cadence.security.Roles;
import app.cadence.session.Session;
import app.cadence.staff.Staff;
import app.cadence.staff.StaffService;

/** Addenda: appended to a signed note by its care team, signed as they are written, never changed. */
@ApplicationScoped
@Transactional
public class AddendumService {

    private final EntityManager em;
    private final NoteService notes;
    private final StaffService staffService;

    AddendumService(EntityManager em, NoteService notes, StaffService staffService) {
        this.em = em;
        this.notes = notes;
        this.staffService = staffService;
    }

    public Addendum add(UUID sessionId, AddendumRequest request) {
        Session session = notes.session(Action.ADD_ADDENDUM, sessionId);
        SessionNote note = notes.find(sessionId).orElseThrow(() -> NoteService.noNote(sessionId));
        if (!note.signed()) {
            throw ProblemException.conflict(note.frozen()
                    ? "Addenda belong to signed notes; this note still awaits its co-signature"
                    : "Addenda belong to signed notes; while the note is a draft, edit it instead");
        }
        Staff author = staffService.current();
        Addendum addendum = new Addendum();
        addendum.noteId = note.id;
        addendum.authorId = author.id;
        addendum.authorRole = careTeamRole(session.clientId, author.id);
        // A correction amends clinical documentation: the care team's therapists write it, not child life specialists.
        if (request.isCorrection() && !author.holds(Roles.THERAPIST)) {
            throw ProblemException.forbidden("Only a therapist on the care team may correct a signed note");
        }
        addendum.text = request.text();
        addendum.correction = request.isCorrection();
        addendum.signedAt = SignedContent.signingTime();
        addendum.contentSha256 = SignedContent.sha256(SignedContent.canonical(addendum));
        addendum.persist();
        em.flush();
        return addendum;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Addendum get(UUID sessionId, UUID addendumId) {
        notes.session(Action.READ_SIGNED_NOTE, sessionId);
        Addendum addendum = em.find(Addendum.class, addendumId);
        SessionNote note = notes.find(sessionId).orElseThrow(() -> NoteService.noNote(sessionId));
        if (addendum == null || !addendum.noteId.equals(note.id)) {
            throw ProblemException.notFound("Addendum", addendumId);
        }
        return addendum;
    }

    /** Only care-team members may add addenda, so the author always has an active membership. */
    private CareTeamRole careTeamRole(UUID clientId, UUID staffId) {
        return em.createQuery("""
                select m.role from CareTeamMember m where m.id in (
                    select a.memberId from ActiveCareTeamMember a where a.clientId = :client and a.staffId = :staff)""",
                CareTeamRole.class)
                .setParameter("client", clientId)
                .setParameter("staff", staffId)
                .getResultStream().findFirst()
                .orElseThrow(() -> ProblemException.forbidden("Only members of the client's care team may add addenda"));
    }
}
