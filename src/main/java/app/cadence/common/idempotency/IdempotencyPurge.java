package app.cadence.common.idempotency;

import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import app.cadence.common.persistence.DatabaseOutage;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * Forgets idempotency keys once their retention is over ({@code cadence.idempotency.retention}).
 * Every replica runs the purge; each batch deletes rows it locks and skips rows another replica or a
 * request holds, so replicas never wait on each other and a batch's transaction stays short.
 */
@ApplicationScoped
class IdempotencyPurge {

    private static final Logger LOG = Logger.getLogger(IdempotencyPurge.class);
    static final int BATCH = 1000;

    private final EntityManager em;
    private final Duration retention;

    IdempotencyPurge(EntityManager em, @ConfigProperty(name = "cadence.idempotency.retention") Duration retention) {
        this.em = em;
        this.retention = retention;
    }

    @Scheduled(every = "${cadence.idempotency.purge-interval}", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        try {
            int purged = purge();
            LOG.debugf("Purged %d expired idempotency keys", purged);
        } catch (RuntimeException e) {
            if (!DatabaseOutage.isCause(e)) {
                throw e;
            }
            LOG.warn("Idempotency keys not purged: the database is unavailable; the next run will");
        }
    }

    /** Deletes every expired key, a batch per transaction; returns how many. */
    int purge() {
        int total = 0;
        int deleted;
        do {
            deleted = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery("""
                    delete from idempotency_key where (subject, idempotency_key) in (
                        select subject, idempotency_key from idempotency_key
                        where created_at < now() - make_interval(secs => :retention)
                        order by created_at limit :batch for update skip locked)""")
                    .setParameter("retention", retention.toSeconds())
                    .setParameter("batch", BATCH)
                    .executeUpdate());
            total += deleted;
        } while (deleted == BATCH);
        return total;
    }
}
