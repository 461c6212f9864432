package app.cadence.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.Session;

import app.cadence.security.AccessPolicy;
import app.cadence.security.Action;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Checks the audit trail against its chain. Each link is checked on its own — the seal's MAC
 * against the stored MAC before it and the event as it is stored now — so one edited event shows as
 * one problem, and removed seals show as a gap where they were. It then looks for events no seal covers that the sealer can no
 * longer reach, and recounts the events from before the chain. Reads in keyset batches of plain
 * values, so memory stays flat however long the trail.
 */
@ApplicationScoped
public class AuditChainVerification {

    static final int LISTED_PROBLEMS = 1000;

    private final EntityManager em;
    private final AccessPolicy access;
    private final AuditChain chain;
    private final AuditSealer sealer;
    private final int batchSize;

    AuditChainVerification(EntityManager em, AccessPolicy access, AuditChain chain, AuditSealer sealer,
            @ConfigProperty(name = "cadence.verification.batch-size", defaultValue = "500") int batchSize) {
        this.em = em;
        this.access = access;
        this.chain = chain;
        this.sealer = sealer;
        this.batchSize = batchSize;
    }

    public AuditChainVerificationReport verify() {
        access.require(Action.READ_AUDIT);
        // Seal what has arrived first, so that "pending" means only transactions still open.
        sealer.sealNow();
        return QuarkusTransaction.requiringNew().call(() -> em.unwrap(Session.class).doReturningWork(this::verify));
    }

    private AuditChainVerificationReport verify(Connection connection) throws SQLException {
        OffsetDateTime started = OffsetDateTime.now(ZoneOffset.UTC);
        Problems problems = new Problems();
        Walk walk = new Walk();
        try (PreparedStatement seals = connection.prepareStatement("select s.position, s.event_id, s.chain_mac, "
                + "s.algorithm, s.genesis_cutoff, s.genesis_events, e.id is not null, e.occurred_at, "
                + AuditChain.CANONICAL + """
                 from audit_seal s left join audit_event e on e.id = s.event_id
                where s.position > ? order by s.position limit ?""")) {
            int rows;
            do {
                rows = 0;
                seals.setLong(1, walk.position);
                seals.setInt(2, batchSize);
                try (ResultSet row = seals.executeQuery()) {
                    while (row.next()) {
                        rows++;
                        check(row, walk, problems, connection);
                    }
                }
            } while (rows == batchSize);
        }
        long pending = 0;
        if (walk.cutoff != null) {
            // The sealer searches from (the newest seal's event - look-back): anything older without a seal
            // will never get one. Newer unsealed events are pending.
            OffsetDateTime reach = walk.headEvent == null ? walk.cutoff : walk.headEvent.minus(sealer.lookback());
            try (PreparedStatement unsealed = connection.prepareStatement("""
                    select e.id, e.occurred_at >= ? from audit_event e
                     where e.occurred_at >= ? and not exists (select 1 from audit_seal s where s.event_id = e.id)
                     order by e.occurred_at, e.id""")) {
                unsealed.setObject(1, reach.isAfter(walk.cutoff) ? reach : walk.cutoff);
                unsealed.setObject(2, walk.cutoff);
                try (ResultSet row = unsealed.executeQuery()) {
                    while (row.next()) {
                        if (row.getBoolean(2)) {
                            pending++;
                        } else {
                            problems.add(new AuditChainProblem(AuditChainProblemKind.UNSEALED, null,
                                    row.getObject(1, UUID.class)));
                        }
                    }
                }
            }
        }
        return new AuditChainVerificationReport(started, walk.cutoff, walk.eventsBefore, walk.sealed, pending,
                walk.position, walk.mac == null ? null : HexFormat.of().formatHex(walk.mac), problems.count == 0,
                problems.count, problems.listed);
    }

    private void check(ResultSet row, Walk walk, Problems problems, Connection connection) throws SQLException {
        long position = row.getLong(1);
        UUID eventId = row.getObject(2, UUID.class);
        byte[] stored = row.getBytes(3);
        String algorithm = row.getString(4);
        long expected = walk.mac == null ? 0 : walk.position + 1;
        if (position != expected) {
            problems.add(new AuditChainProblem(AuditChainProblemKind.BROKEN_CHAIN, expected, null));
        }
        byte[] previous = walk.mac == null ? AuditSealer.NO_PREVIOUS : walk.mac;
        if (position == 0) {
            OffsetDateTime cutoff = row.getObject(5, OffsetDateTime.class);
            long before = row.getLong(6);
            walk.cutoff = cutoff;
            walk.eventsBefore = before;
            boolean intact = Arrays.equals(stored, chain.next(algorithm, AuditSealer.NO_PREVIOUS, AuditChain.genesis(cutoff, before)));
            if (!intact || countBefore(connection, cutoff) != before) {
                problems.add(new AuditChainProblem(AuditChainProblemKind.GENESIS_CHANGED, 0L, null));
            }
        } else if (!row.getBoolean(7)) {
            problems.add(new AuditChainProblem(AuditChainProblemKind.MISSING, position, eventId));
        } else {
            walk.sealed++;
            walk.headEvent = row.getObject(8, OffsetDateTime.class);
            // A gap was reported above; otherwise each link is checked on its own.
            if (position == expected && !Arrays.equals(stored, chain.next(algorithm, previous, row.getString(9)))) {
                problems.add(new AuditChainProblem(AuditChainProblemKind.ALTERED, position, eventId));
            }
        }
        walk.position = position;
        walk.mac = stored;
    }

    private static long countBefore(Connection connection, OffsetDateTime cutoff) throws SQLException {
        try (PreparedStatement count = connection.prepareStatement("select count(*) from audit_event where occurred_at < ?")) {
            count.setObject(1, cutoff);
            try (ResultSet row = count.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    private static final class Walk {
        long position = -1;
        byte[] mac;
        long sealed;
        long eventsBefore;
        OffsetDateTime cutoff;
        OffsetDateTime headEvent;
    }

    private static final class Problems {
        long count;
        final List<AuditChainProblem> listed = new ArrayList<>();

        void add(AuditChainProblem problem) {
            count++;
            if (listed.size() < LISTED_PROBLEMS) {
                listed.add(problem);
            }
        }
    }
}
