package app.cadence.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.Session;
import org.jboss.logging.Logger;

import app.cadence.common.persistence.DatabaseOutage;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * Appends the audit events written since its last run to the audit chain ({@link AuditChain}), a
 * batch per transaction, in the order the events were recorded. Events of transactions that commit
 * late (out of order) are still found: each run looks back {@code cadence.audit.seal-lookback} from
 * the newest sealed event. One instance seals at a time (a PostgreSQL advisory lock), so replicas
 * never fork the chain. Each run that seals something logs the chain's head: copied out of the
 * database with the log, it anchors the chain outside the reach of whoever controls the database.
 */
@ApplicationScoped
public class AuditSealer {

    private static final Logger LOG = Logger.getLogger(AuditSealer.class);
    /** The advisory lock that serializes sealing across instances ("cadence" + 1). */
    private static final long LOCK = 0x636164656e636501L;
    static final byte[] NO_PREVIOUS = new byte[32];

    private final EntityManager em;
    private final AuditChain chain;
    private final Duration lookback;
    private final int batchSize;

    AuditSealer(EntityManager em, AuditChain chain,
            @ConfigProperty(name = "cadence.audit.seal-lookback", defaultValue = "PT2M") Duration lookback,
            @ConfigProperty(name = "cadence.audit.seal-batch", defaultValue = "5000") int batchSize) {
        this.em = em;
        this.chain = chain;
        this.lookback = lookback;
        this.batchSize = batchSize;
    }

    @Scheduled(every = "${cadence.audit.seal-interval}", delayed = "10s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        try {
            seal(false);
        } catch (RuntimeException e) {
            if (!DatabaseOutage.isCause(e)) {
                throw e;
            }
            LOG.warn("Audit events not sealed: the database is unavailable; the next run will");
        }
    }

    /** Seals everything there is to seal, waiting for another instance's run to finish; returns how many. */
    public long sealNow() {
        return seal(true);
    }

    Duration lookback() {
        return lookback;
    }

    private long seal(boolean wait) {
        long total = 0;
        Head head = null;
        while (true) {
            Batch batch = QuarkusTransaction.requiringNew().call(() -> em.unwrap(Session.class)
                    .doReturningWork(connection -> sealBatch(connection, wait)));
            if (batch == null) {
                return total;
            }
            total += batch.sealed;
            head = batch.head;
            if (batch.sealed < batchSize) {
                break;
            }
        }
        if (total > 0) {
            LOG.infof("Audit chain sealed %d events; head: position %d, %s %s", total, head.position,
                    head.algorithm, HexFormat.of().formatHex(head.mac));
        }
        return total;
    }

    /** One batch under the lock; null when another instance holds it and we would not wait. */
    private Batch sealBatch(Connection connection, boolean wait) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement(
                wait ? "select pg_advisory_xact_lock(?), true" : "select null, pg_try_advisory_xact_lock(?)")) {
            lock.setLong(1, LOCK);
            try (ResultSet locked = lock.executeQuery()) {
                locked.next();
                if (!locked.getBoolean(2)) {
                    return null;
                }
            }
        }
        Head head = head(connection);
        if (head == null) {
            head = genesis(connection);
        }
        List<UUID> ids = new ArrayList<>();
        List<String> canonical = new ArrayList<>();
        try (PreparedStatement unsealed = connection.prepareStatement("select e.id, " + AuditChain.CANONICAL + """
                 from audit_event e
                where e.occurred_at >= ? and not exists (select 1 from audit_seal s where s.event_id = e.id)
                order by e.occurred_at, e.id limit ?""")) {
            unsealed.setObject(1, head.since);
            unsealed.setInt(2, batchSize);
            try (ResultSet rows = unsealed.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getObject(1, UUID.class));
                    canonical.add(rows.getString(2));
                }
            }
        }
        String algorithm = chain.algorithm();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        long position = head.position;
        byte[] mac = head.mac;
        try (PreparedStatement insert = connection.prepareStatement(
                "insert into audit_seal (position, event_id, chain_mac, algorithm, sealed_at) values (?, ?, ?, ?, ?)")) {
            for (int i = 0; i < ids.size(); i++) {
                position++;
                mac = chain.next(algorithm, mac, canonical.get(i));
                insert.setLong(1, position);
                insert.setObject(2, ids.get(i));
                insert.setBytes(3, mac);
                insert.setString(4, algorithm);
                insert.setObject(5, now);
                insert.addBatch();
            }
            if (!ids.isEmpty()) {
                insert.executeBatch();
            }
        }
        return new Batch(ids.size(), new Head(position, mac, algorithm, head.since));
    }

    /** The newest seal, and where the search for unsealed events starts after it. */
    private Head head(Connection connection) throws SQLException {
        try (PreparedStatement newest = connection.prepareStatement("""
                select s.position, s.chain_mac, s.algorithm, coalesce(e.occurred_at, s.genesis_cutoff, s.sealed_at)
                  from audit_seal s left join audit_event e on e.id = s.event_id
                 order by s.position desc limit 1""");
                ResultSet row = newest.executeQuery()) {
            if (!row.next()) {
                return null;
            }
            OffsetDateTime newestEvent = row.getObject(4, OffsetDateTime.class);
            OffsetDateTime since = row.getLong(1) == 0 ? newestEvent : newestEvent.minus(lookback);
            return new Head(row.getLong(1), row.getBytes(2), row.getString(3), since);
        }
    }

    /**
     * The chain's first seal. Events older than the look-back predate the chain: the genesis seal
     * vouches for their number, so adding or removing one later is found too.
     */
    private Head genesis(Connection connection) throws SQLException {
        OffsetDateTime cutoff = OffsetDateTime.now(ZoneOffset.UTC).minus(lookback).truncatedTo(ChronoUnit.MICROS);
        long before;
        try (PreparedStatement count = connection.prepareStatement("select count(*) from audit_event where occurred_at < ?")) {
            count.setObject(1, cutoff);
            try (ResultSet row = count.executeQuery()) {
                row.next();
                before = row.getLong(1);
            }
        }
        String algorithm = chain.algorithm();
        byte[] mac = chain.next(algorithm, NO_PREVIOUS, AuditChain.genesis(cutoff, before));
        try (PreparedStatement insert = connection.prepareStatement("""
                insert into audit_seal (position, event_id, chain_mac, algorithm, sealed_at, genesis_cutoff, genesis_events)
                values (0, null, ?, ?, now(), ?, ?)""")) {
            insert.setBytes(1, mac);
            insert.setString(2, algorithm);
            insert.setObject(3, cutoff);
            insert.setLong(4, before);
            insert.executeUpdate();
        }
        return new Head(0, mac, algorithm, cutoff);
    }

    private record Head(long position, byte[] mac, String algorithm, OffsetDateTime since) {
    }

    private record Batch(int sealed, Head head) {
    }
}
