package app.cadence.referral;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

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

    /** A child life specialist's share: referrals of clients on their active care teams, and their own. */
    private static final String VISIBLE_TO = " and (rb.subject = :subject or c.id in ("
            + "select m.clientId from CareTeamMember m where m.until is null and m.staff.subject = :subject))";

    private final EntityManager em;

    ReferralQueue(EntityManager em) {
        this.em = em;
    }

    List<Referral> find(ReferralStatus status, Optional<String> visibleTo, Optional<QueuePosition> after, int fetchSize) {
        StringBuilder hql = new StringBuilder(SELECT).append(" where r.status = :status");
        visibleTo.ifPresent(subject -> hql.append(VISIBLE_TO));
        after.ifPresent(position -> hql.append(" and (r.priorityRank, r.createdAt, r.id) > (:rank, :createdAt, :id)"));
        hql.append(" order by r.priorityRank, r.createdAt, r.id");

        TypedQuery<Referral> query = em.createQuery(hql.toString(), Referral.class)
                .setParameter("status", status)
                .setMaxResults(fetchSize);
        visibleTo.ifPresent(subject -> query.setParameter("subject", subject));
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
