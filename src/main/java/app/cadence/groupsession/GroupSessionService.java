package app.cadence.groupsession;

import java.util.HashSet;
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

import app.cadence.common.http.ETags;
import app.cadence.common.paging.Page;
import app.cadence.common.paging.PageRequest;
import app.cadence.common.problem.ProblemException;
import app.cadence.common.problem.ProblemType;
import app.cadence.common.problem.Violation;
import app.cadence.security.AccessPolicy;
import app.cadence.security.Action;
import app.cadence.security.ClientReach;
import app.cadence.security.Roles;
import app.cadence.session.CancellationReason;
import app.cadence.session.GroupShare;
import app.cadence.session.SessionKind;
import app.cadence.session.SessionPeriod;
import app.cadence.session.Session;
import app.cadence.session.SessionPosition;
import app.cadence.session.SessionRequest;
import app.cadence.session.SessionService;
import app.cadence.staff.Staff;
import app.cadence.staff.StaffService;

/**
 * Group sessions: the shared record and one session per participant. Writing needs the therapist's
 * care-team reach on every participant, since it writes each child's record; reading shows each
 * caller only the participants within their reach (see {@link GroupSessionQueries}).
 */
@ApplicationScoped
@Transactional
public class GroupSessionService {

    private final EntityManager em;
    private final AccessPolicy access;
    private final StaffService staff;
    private final SessionService sessions;
    private final GroupSessionQueries queries;

    GroupSessionService(EntityManager em, AccessPolicy access, StaffService staff, SessionService sessions,
            GroupSessionQueries queries) {
        this.em = em;
        this.access = access;
        this.staff = staff;
        this.sessions = sessions;
        this.queries = queries;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<GroupSessionResponse> list(SessionPeriod period, PageRequest page) {
        ClientReach reach = readReach();
        Optional<SessionPosition> after = SessionPosition.decode(page.cursor);
        List<GroupSessionView> rows = queries.list(reach, period.window(), after, page.fetchSize());
        return Page.of(rows, page.limit, row -> row.position().cursor(), GroupSessionView::body);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public GroupSessionView get(UUID id) {
        return queries.byId(readReach(), id).orElseThrow(() -> ProblemException.notFound("Group session", id));
    }

    /** The group session and each participant's session, in one transaction: all of them or none. */
    public GroupSessionView create(GroupSessionRequest request) {
        access.require(Action.WRITE_CLINICAL);
        Staff creator = staff.current();
        GroupShare share = new GroupShare(request.startsAt(), request.endsAt(), request.setting(), request.interventionList(),
                request.coTreaterList());
        List<Violation> violations = sessions.problemsWith(share, creator.id);
        participants(request.participants(), violations);
        facilitators(creator.id, request.facilitatorList(), violations);
        if (!violations.isEmpty()) {
            throw new ProblemException(ProblemType.VALIDATION, "The request has invalid fields", violations);
        }
        GroupSession group = new GroupSession();
        group.createdBy = creator.id;
        apply(group, creator.id, share, request.facilitatorList());
        group.persist();
        em.flush();
        for (GroupParticipantRequest participant : request.participants()) {
            sessions.createInGroup(group.id, participant.clientId(), new SessionRequest(request.startsAt(), request.endsAt(),
                    request.setting(), SessionKind.GROUP, participant.status(), participant.cancellationReason(),
                    participant.familyPresent(), request.interventionList(), null, null, request.coTreaterList()));
        }
        return stored(group);
    }

    /**
     * Replaces the shared part and passes it on to every participant's session. The caller must
     * write on every participant's care team: one who reads the group through some participants
     * only is refused (403), one who reaches none finds nothing (404).
     */
    public GroupSessionView update(UUID id, String ifMatch, GroupSessionUpdate request) {
        access.require(Action.WRITE_CLINICAL);
        GroupSession group = em.find(GroupSession.class, id);
        if (group == null) {
            throw ProblemException.notFound("Group session", id);
        }
        List<Object[]> participants = em.createQuery(
                "select s.id, s.clientId from Session s where s.groupSessionId = :group order by s.id", Object[].class)
                .setParameter("group", id).getResultList();
        long reached = participants.stream().filter(p -> access.allows(Action.WRITE_CLINICAL, (UUID) p[1])).count();
        if (reached == 0) {
            throw ProblemException.notFound("Group session", id);
        }
        if (reached < participants.size()) {
            throw ProblemException.forbidden("A group session is changed by a therapist on the care team of every participant");
        }
        ETags.requireMatch(ifMatch, group.version);
        em.lock(group, LockModeType.PESSIMISTIC_WRITE);
        GroupShare share = new GroupShare(request.startsAt(), request.endsAt(), request.setting(), request.interventionList(),
                request.coTreaterList());
        List<Violation> violations = sessions.problemsWith(share, group.createdBy);
        facilitators(group.createdBy, request.facilitatorList(), violations);
        if (!violations.isEmpty()) {
            throw new ProblemException(ProblemType.VALIDATION, "The request has invalid fields", violations);
        }
        apply(group, group.createdBy, share, request.facilitatorList());
        participants.forEach(p -> sessions.shareGroupChange((UUID) p[0], share));
        // The group row changes even when only its participants' sessions did, so its ETag moves on.
        em.lock(group, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        return stored(group);
    }

    private GroupSessionView stored(GroupSession group) {
        em.flush();
        em.detach(group);
        return get(group.id);
    }

    /** Readers see a group session through the participants within their reach (supervisors and integrations: all). */
    private ClientReach readReach() {
        return access.listReach(Action.READ_CLIENT);
    }

    private static void participants(List<GroupParticipantRequest> participants, List<Violation> violations) {
        Set<UUID> seen = new HashSet<>();
        for (int i = 0; i < participants.size(); i++) {
            GroupParticipantRequest participant = participants.get(i);
            String at = "participants[" + i + "]";
            if (!seen.add(participant.clientId())) {
                violations.add(new Violation(at + ".clientId", "takes part more than once"));
            }
            CancellationReason.problemWith(participant.status(), participant.cancellationReason())
                    .ifPresent(problem -> violations.add(new Violation(at + ".cancellationReason", problem)));
        }
    }

    /** Other facilitators are Cadence therapists, each named once, besides the creator. */
    private void facilitators(UUID creatorId, List<UUID> facilitatorIds, List<Violation> violations) {
        Map<UUID, Staff> found = facilitatorIds.isEmpty() ? Map.of()
                : em.createQuery("from Staff s where s.id in :ids", Staff.class).setParameter("ids", facilitatorIds)
                        .getResultStream().collect(Collectors.toMap(s -> s.id, s -> s));
        Set<UUID> seen = new HashSet<>();
        for (int i = 0; i < facilitatorIds.size(); i++) {
            UUID id = facilitatorIds.get(i);
            String at = "facilitatorIds[" + i + "]";
            Staff facilitator = found.get(id);
            if (facilitator == null || !facilitator.holds(Roles.THERAPIST)) {
                violations.add(new Violation(at, "is not a Cadence therapist"));
            } else if (id.equals(creatorId)) {
                violations.add(new Violation(at, "is the group session's creator, who always facilitates"));
            } else if (!seen.add(id)) {
                violations.add(new Violation(at, "is named more than once"));
            }
        }
    }

    private static void apply(GroupSession group, UUID creatorId, GroupShare share, List<UUID> facilitatorIds) {
        group.startsAt = share.startsAt();
        group.startsAtOffset = Session.offsetOf(share.startsAt());
        group.endsAt = share.endsAt();
        group.endsAtOffset = Session.offsetOf(share.endsAt());
        group.setting = share.setting();
        group.facilitators.clear();
        group.facilitators.add(creatorId);
        group.facilitators.addAll(facilitatorIds);
        group.interventions.clear();
        share.interventions().forEach(entry -> group.interventions.add(entry.toEmbeddable()));
        group.coTreaters.clear();
        share.coTreaters().forEach(entry -> group.coTreaters.add(entry.toEmbeddable()));
    }
}
