package app.cadence.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

import jakarta.enterprise.context.ApplicationScoped;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Group commit for audit events: the events of concurrent requests go into the database as one
 * multi-row INSERT in one commit. The first waiting request writes everything queued so far (it
 * leads); requests arriving meanwhile wait for the next group, which one of them leads. Nobody
 * waits for a timer, so a lone request pays one round trip, as with a single insert. Every caller
 * returns only after its own event is committed; when a group fails, each of its events is retried
 * alone, and a request whose event cannot be written fails rather than answer without it.
 */
@ApplicationScoped
class BatchingAuditWriter implements AuditSink {

    /** Rows per INSERT: 13 parameters each, far below the protocol's 32,767. */
    static final int MAX_GROUP = 100;

    private final AgroalDataSource dataSource;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition groupWritten = lock.newCondition();
    private final ArrayDeque<Pending> queued = new ArrayDeque<>();
    private boolean writing;

    BatchingAuditWriter(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public void write(AuditEvent event) {
        Pending mine = new Pending(event);
        lock.lock();
        try {
            queued.add(mine);
            while (!mine.done) {
                if (writing) {
                    groupWritten.awaitUninterruptibly();
                    continue;
                }
                writing = true;
                List<Pending> group = nextGroup();
                lock.unlock();
                try {
                    store(group);
                } finally {
                    lock.lock();
                    writing = false;
                    groupWritten.signalAll();
                }
            }
        } finally {
            lock.unlock();
        }
        if (mine.failure != null) {
            throw new IllegalStateException("The audit event could not be written", mine.failure);
        }
    }

    private List<Pending> nextGroup() {
        List<Pending> group = new ArrayList<>(Math.min(queued.size(), MAX_GROUP));
        while (!queued.isEmpty() && group.size() < MAX_GROUP) {
            group.add(queued.poll());
        }
        return group;
    }

    /** Outside any transaction of the calling thread: the group commits on its own. */
    private void store(List<Pending> group) {
        if (QuarkusTransaction.isActive()) {
            QuarkusTransaction.suspendingExisting().run(() -> storeAutocommit(group));
        } else {
            storeAutocommit(group);
        }
    }

    private void storeAutocommit(List<Pending> group) {
        try {
            insert(group);
            group.forEach(pending -> pending.done = true);
        } catch (SQLException | RuntimeException groupFailed) {
            for (Pending pending : group) {
                try {
                    insert(List.of(pending));
                } catch (SQLException | RuntimeException failed) {
                    pending.failure = failed;
                }
                pending.done = true;
            }
        }
    }

    private void insert(List<Pending> group) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement(AuditEvent.insertSql(group.size()))) {
            int index = 1;
            for (Pending pending : group) {
                for (Object value : pending.event.parameters()) {
                    insert.setObject(index++, value);
                }
            }
            insert.executeUpdate();
        }
    }

    private static final class Pending {
        final AuditEvent event;
        boolean done;
        Exception failure;

        Pending(AuditEvent event) {
            this.event = event;
        }
    }
}
