package app.cadence.referral;

import app.cadence.security.AccessPolicy;
import app.cadence.security.Action;
import app.cadence.security.Caller;
import app.cadence.security.FacilityScope;
import app.cadence.security.Scope;

/**
 * Which referrals of one status a caller sees (minimum necessary). A pending referral is open to
 * every role that may take the child on, since its child is on no therapist's team yet; a decided
 * one follows {@link Action#READ_REFERRAL}: the care team of its client and whoever made it, an
 * integration only the referrals it made, a supervisor all.
 */
record ReferralReach(Scope scope, String subject, FacilityScope facilities) {

    static ReferralReach of(AccessPolicy access, Caller caller, ReferralStatus status) {
        Scope scope = access.require(Action.READ_REFERRAL);
        if (status == ReferralStatus.PENDING && access.reachesEveryone(Action.DECIDE_REFERRAL)) {
            scope = Scope.ALL;
        }
        return new ReferralReach(scope, caller.subject(), access.facilityScope());
    }

    /** Whether a referral (of the status this reach was made for) is within it. */
    boolean covers(Referral referral, AccessPolicy access) {
        // A referral of a child of another facility reads like a missing one, whoever made it.
        if (!access.reachesFacility(referral.client.facility)) {
            return false;
        }
        return switch (scope) {
            case ALL -> true;
            case OWN -> referral.referredBy.subject.equals(subject);
            case CARE_TEAM -> referral.referredBy.subject.equals(subject) || access.onCareTeam(referral.client.id);
        };
    }
}
