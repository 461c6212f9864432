package app.cadence.referral;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import app.cadence.careteam.CareTeamMember;
import app.cadence.careteam.CareTeamRole;
import app.cadence.careteam.CareTeamService;
import app.cadence.common.persistence.BaseEntity;
import app.cadence.security.Roles;
import app.cadence.staff.Staff;

/**
 * Who joins a child's care team through a referral. Primary therapist is the accepting
 * therapist's place, so a therapist who enters a child with a referral joins only as therapist:
 * whoever accepts (they themselves or a colleague) can still become primary.
 */
@ApplicationScoped
class CareTeamPlacement {

    private final EntityManager em;
    private final CareTeamService careTeams;

    CareTeamPlacement(EntityManager em, CareTeamService careTeams) {
        this.em = em;
        this.careTeams = careTeams;
    }

    /** A referring CCLS follows the child; a referring therapist who created the client joins as therapist. */
    void placeReferrer(UUID clientId, Staff referrer, boolean clientCreatedWithReferral) {
        Optional<CareTeamRole> role = Optional.empty();
        if (referrer.holds(Roles.THERAPIST)) {
            role = clientCreatedWithReferral ? Optional.of(CareTeamRole.THERAPIST) : Optional.empty();
        } else if (referrer.holds(Roles.CHILD_LIFE_SPECIALIST)) {
            role = Optional.of(CareTeamRole.CHILD_LIFE_SPECIALIST);
        }
        if (role.isPresent() && membership(careTeams.activeMembers(clientId), referrer).isEmpty()) {
            careTeams.join(clientId, referrer, role.get(), referrer.id);
        }
    }

    /**
     * Puts the therapist who takes the child on onto the team: as primary therapist when the client
     * has none, otherwise as a co-treating therapist. A membership in another role is ended (kept as
     * history) and replaced, since a membership's role never changes.
     *
     * @return the role the therapist holds afterwards
     */
    CareTeamRole takeOn(UUID clientId, Staff therapist, UUID addedBy) {
        List<CareTeamMember> active = careTeams.activeMembers(clientId);
        Optional<CareTeamMember> own = membership(active, therapist);
        if (own.isPresent() && own.get().role == CareTeamRole.PRIMARY_THERAPIST) {
            return CareTeamRole.PRIMARY_THERAPIST;
        }
        boolean primaryTaken = active.stream().anyMatch(m -> m.role == CareTeamRole.PRIMARY_THERAPIST);
        CareTeamRole role = primaryTaken ? CareTeamRole.THERAPIST : CareTeamRole.PRIMARY_THERAPIST;
        if (own.isPresent() && own.get().role == role) {
            return role;
        }
        own.ifPresent(member -> {
            member.until = BaseEntity.now();
            member.endedBy = addedBy;
            em.flush();
        });
        careTeams.join(clientId, therapist, role, addedBy);
        return role;
    }

    private static Optional<CareTeamMember> membership(List<CareTeamMember> active, Staff staff) {
        return active.stream().filter(m -> m.staff.id.equals(staff.id)).findFirst();
    }
}
