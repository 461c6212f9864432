package app.cadence.careteam;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import app.cadence.common.paging.Cursor;
import app.cadence.common.paging.Page;
import app.cadence.common.paging.PageRequest;
import app.cadence.common.persistence.BaseEntity;
import app.cadence.common.problem.ProblemException;
import app.cadence.security.AccessPolicy;
import app.cadence.security.Action;
import app.cadence.staff.Staff;
import app.cadence.staff.StaffService;

@ApplicationScoped
@Transactional
public class CareTeamService {

    private final EntityManager em;
    private final AccessPolicy access;
    private final StaffService staffService;

    CareTeamService(EntityManager em, AccessPolicy access, StaffService staffService) {
        this.em = em;
        this.access = access;
        this.staffService = staffService;
    }

    /** Current and past members, oldest membership first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<CareTeamMemberResponse> list(UUID clientId, PageRequest page) {
        access.client(Action.READ_CLIENT, clientId);
        Optional<UUID> after = Cursor.decode(page.cursor, 1).map(c -> c.uuid(0));
        List<CareTeamMember> rows = em.createQuery("""
                select m from CareTeamMember m join fetch m.staff
                where m.clientId = :client and m.id > :after
                order by m.id""", CareTeamMember.class)
                .setParameter("client", clientId)
                .setParameter("after", after.orElse(new UUID(0, 0)))
                .setMaxResults(page.fetchSize())
                .getResultList();
        return Page.of(rows, page.limit, m -> Cursor.of(m.id), CareTeamMemberResponse::of);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public CareTeamMember get(UUID clientId, UUID memberId) {
        access.client(Action.READ_CLIENT, clientId);
        return member(clientId, memberId);
    }

    public CareTeamMember add(UUID clientId, CareTeamMemberRequest request) {
        access.client(Action.MANAGE_CARE_TEAM, clientId);
        Staff staff = em.find(Staff.class, request.staffId());
        if (staff == null || !staff.active) {
            throw ProblemException.invalid("staffId", "must be the id of an active staff member");
        }
        if (!staff.holds(request.role().requiredStaffRole())) {
            throw ProblemException.invalid("role", "requires a staff member with the role " + request.role().requiredStaffRole());
        }
        return join(clientId, staff, request.role(), staffService.currentId());
    }

    /** Adds a member; used by supervisors and by the workflows that put people on a team. */
    public CareTeamMember join(UUID clientId, Staff staff, CareTeamRole role, UUID addedBy) {
        List<CareTeamMember> active = activeMembers(clientId);
        if (active.stream().anyMatch(m -> m.staff.id.equals(staff.id))) {
            throw ProblemException.conflict("This staff member is already on the client's care team");
        }
        if (role == CareTeamRole.PRIMARY_THERAPIST && active.stream().anyMatch(m -> m.role == role)) {
            throw ProblemException.conflict("The client already has a primary therapist; end that membership first");
        }
        CareTeamMember member = new CareTeamMember();
        member.clientId = clientId;
        member.staff = staff;
        member.role = role;
        member.since = BaseEntity.now();
        member.addedBy = addedBy;
        member.persist();
        return member;
    }

    /** The memberships of the client's care team that have not ended, with their staff. */
    public List<CareTeamMember> activeMembers(UUID clientId) {
        return em.createQuery("""
                select m from CareTeamMember m join fetch m.staff where m.id in (
                    select a.memberId from ActiveCareTeamMember a where a.clientId = :client)""", CareTeamMember.class)
                .setParameter("client", clientId)
                .getResultList();
    }

    /** Ends a membership; the row stays as history. Ending an ended membership changes nothing. */
    public void end(UUID clientId, UUID memberId) {
        access.client(Action.MANAGE_CARE_TEAM, clientId);
        CareTeamMember member = member(clientId, memberId);
        if (member.active()) {
            member.until = BaseEntity.now();
            member.endedBy = staffService.currentId();
        }
    }

    private CareTeamMember member(UUID clientId, UUID memberId) {
        CareTeamMember member = em.find(CareTeamMember.class, memberId);
        if (member == null || !member.clientId.equals(clientId)) {
            throw ProblemException.notFound("Care team member", memberId);
        }
        return member;
    }
}
