package app.cadence.referral;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import app.cadence.security.ActiveCareTeamMember;
import app.cadence.security.Scope;

/**
 * Reads referrals with everything their responses show (client, referrer, decider, assigned
 * therapist) in one statement, so a page costs one query whatever its size. The queue walks the
 * index {@code referral_queue} from the last position shown instead of counting rows with OFFSET.
 */
@ApplicationScoped
class ReferralQueue {

    private static final String SELECT = """
            select r from Referral r
            join fetch r.client c
            join fetch r.referredBy rb
            left join fetch r.decidedBy
            left join fetch r.assignedTherapist
            """;

    private static final String OWN = " and rb.subject = :subject";
    private static final String OWN_OR_CARE_TEAM = " and (rb.subject = :subject or "
            + ActiveCareTeamMember.jpql("c.id", ":subject") + ")";

    private final EntityManager em;

    ReferralQueue(EntityManager em) {
        this.em = em;
    }

    List<Referral> find(ReferralStatus status, ReferralReach reach, Optional<QueuePosition> after, int fetchSize) {
        StringBuilder hql = new StringBuilder(SELECT).append(" where r.status = :status");
        switch (reach.scope()) {
            case OWN -> hql.append(OWN);
            case CARE_TEAM -> hql.append(OWN_OR_CARE_TEAM);
            case ALL -> { }
        }
        hql.append(" and ").append(reach.facilities().jpql("c.facility"));
        after.ifPresent(position -> hql.append(" and (r.priorityRank, r.createdAt, r.id) > (:rank, :createdAt, :id)"));
        hql.append(" order by r.priorityRank, r.createdAt, r.id");

        TypedQuery<Referral> query = reach.facilities().bind(em.createQuery(hql.toString(), Referral.class))
                .setParameter("status", status)
                .setMaxResults(fetchSize);
        if (reach.scope() != Scope.ALL) {
            query.setParameter("subject", reach.subject());
        }
        after.ifPresent(position -> query.setParameter("rank", position.rank())
                .setParameter("createdAt", position.createdAt())
                .setParameter("id", position.id()));
        return query.getResultList();
    }

    /** One referral with what its response shows, or empty; visibility is the caller's to decide. */
    Optional<Referral> find(UUID referralId) {
        return em.createQuery(SELECT + " where r.id = :id", Referral.class)
                .setParameter("id", referralId)
                .getResultStream().findFirst();
    }
}
