package app.cadence.common.idempotency;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Idempotency keys live in PostgreSQL so every replica sees them. A key is claimed with an insert
 * in the same transaction as the work it guards: a concurrent retry blocks on the primary key
 * until the first request commits (then replays it) or rolls back (then does the work itself).
 * A key older than the retention is expired whether or not the purge has removed it yet: claiming
 * it again starts over, so a retry after expiry is a new request.
 */
@ApplicationScoped
class IdempotencyStore {

    private final EntityManager em;
    private final Duration retention;

    IdempotencyStore(EntityManager em, @ConfigProperty(name = "cadence.idempotency.retention") Duration retention) {
        this.em = em;
        this.retention = retention;
    }

    /** Claims the key, or returns what was stored under it by an earlier request. */
    Optional<StoredResponse> claim(String subject, String key, String fingerprint) {
        int inserted = em.createNativeQuery("""
                insert into idempotency_key (subject, idempotency_key, fingerprint)
                values (:subject, :key, :fingerprint)
                on conflict (subject, idempotency_key) do update
                    set fingerprint = excluded.fingerprint, status = null, location = null, etag = null, body = null,
                        created_at = now()
                    where idempotency_key.created_at < now() - make_interval(secs => :retention)""")
                .setParameter("subject", subject)
                .setParameter("key", key)
                .setParameter("fingerprint", fingerprint)
                .setParameter("retention", retention.toSeconds())
                .executeUpdate();
        if (inserted == 1) {
            return Optional.empty();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select fingerprint, status, location, etag, body
                from idempotency_key where subject = :subject and idempotency_key = :key""")
                .setParameter("subject", subject)
                .setParameter("key", key)
                .getResultList();
        Object[] row = rows.get(0);
        return Optional.of(new StoredResponse((String) row[0], (Integer) row[1], (String) row[2], (String) row[3],
                (String) row[4]));
    }

    void complete(String subject, String key, int status, String location, String etag, String body) {
        em.createNativeQuery("""
                update idempotency_key set status = :status, location = :location, etag = :etag, body = :body
                where subject = :subject and idempotency_key = :key""")
                .setParameter("status", status)
                .setParameter("location", location)
                .setParameter("etag", etag)
                .setParameter("body", body)
                .setParameter("subject", subject)
                .setParameter("key", key)
                .executeUpdate();
    }
}
