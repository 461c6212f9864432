package app.cadence.referral;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.hibernate.Hibernate;

import app.cadence.client.Client;
import app.cadence.client.ClientStatus;
import app.cadence.common.persistence.BaseEntity;
import app.cadence.common.problem.ProblemException;
import app.cadence.security.AccessPolicy;
import app.cadence.security.Action;
import app.cadence.security.Roles;
import app.cadence.staff.Staff;
import app.cadence.staff.StaffService;

/** Accepting and declining referrals. A decision is final: deciding again is a 409. */
@ApplicationScoped
@Transactional
public class ReferralDecisions {

    private final EntityManager em;
    private final AccessPolicy access;
    private final StaffService staffService;
    private final CareTeamPlacement placement;

    ReferralDecisions(EntityManager em, AccessPolicy access, StaffService staffService, CareTeamPlacement placement) {
        this.em = em;
        this.access = access;
        this.staffService = staffService;
        this.placement = placement;
    }

    /**
     * Takes the child on: the client becomes active and the accepting therapist (or the one a
     * supervisor names) joins the care team, as primary therapist unless the client already has one.
     */
    public Referral accept(UUID referralId, AcceptReferralRequest request) {
        access.require(Action.DECIDE_REFERRAL);
        Referral referral = pending(referralId);
        Client client = referral.client;
        if (client.status == ClientStatus.ENTERED_IN_ERROR) {
            throw ProblemException.conflict("The client was entered in error; decline the referral instead");
        }
        Staff decider = staffService.current();
        Staff therapist = therapistFor(request, decider);
        if (therapist != null) {
            referral.assignedRole = placement.takeOn(client.id, therapist, decider.id);
            referral.assignedTherapist = therapist;
        }
        client.status = ClientStatus.ACTIVE;
        decide(referral, ReferralStatus.ACCEPTED, decider);
        return referral;
    }

    /**
     * Declines with a reason. The client keeps its status (a new child stays referred and can be
     * referred again), except that a returning child goes back to discharged.
     */
    public Referral decline(UUID referralId, DeclineReferralRequest request) {
        access.require(Action.DECIDE_REFERRAL);
        Referral referral = pending(referralId);
        Staff decider = staffService.current();
        referral.declineReason = request.reason().strip();
        if (referral.clientStatusAtReferral == ClientStatus.DISCHARGED && referral.client.status == ClientStatus.REFERRED) {
            referral.client.status = ClientStatus.DISCHARGED;
        }
        decide(referral, ReferralStatus.DECLINED, decider);
        return referral;
    }

    /** Locks the referral, so of two concurrent decisions the second waits and then meets a 409. */
    private Referral pending(UUID referralId) {
        Referral referral = em.find(Referral.class, referralId, LockModeType.PESSIMISTIC_WRITE);
        // A referral of a child of another facility reads like a missing one.
        if (referral == null || !access.reachesFacility(referral.client.facility)) {
            throw ProblemException.notFound("Referral", referralId);
        }
        if (!referral.pending()) {
            throw ProblemException.conflict("The referral was already " + referral.status.code());
        }
        return referral;
    }

    /** The therapist who takes the child on, or null when a supervisor accepts without naming one. */
    private Staff therapistFor(AcceptReferralRequest request, Staff decider) {
        UUID named = request == null ? null : request.therapistStaffId();
        if (named == null) {
            return decider.holds(Roles.THERAPIST) ? decider : null;
        }
        if (!named.equals(decider.id)) {
            // Putting someone else on a care team is care-team management.
            access.require(Action.MANAGE_CARE_TEAM);
        }
        Staff therapist = em.find(Staff.class, named);
        if (therapist == null || !therapist.active || !therapist.holds(Roles.THERAPIST)) {
            throw ProblemException.invalid("therapistStaffId", "must be the id of an active therapist");
        }
        return therapist;
    }

    private void decide(Referral referral, ReferralStatus status, Staff decider) {
        referral.status = status;
        referral.decidedBy = decider;
        referral.decidedAt = BaseEntity.now();
        em.flush();
        // The response, built after this transaction ends, shows the client and the referrer.
        Hibernate.initialize(referral.client);
        Hibernate.initialize(referral.referredBy);
    }
}
