package app.cadence.session;

import java.util.concurrent.atomic.AtomicInteger;

import jakarta.enterprise.context.ApplicationScoped;

import org.hibernate.resource.jdbc.spi.StatementInspector;

import io.quarkus.hibernate.orm.PersistenceUnitExtension;

/**
 * Counts the SQL statements Hibernate prepares, so a test can hold a list request to the
 * statement budget of DESIGN.md (at most 3 whatever the page size). Tests run one at a time, so
 * the count between {@link #reset()} and {@link #count()} is that of the requests in between.
 */
@PersistenceUnitExtension
@ApplicationScoped
public class SqlStatements implements StatementInspector {

    private static final AtomicInteger COUNT = new AtomicInteger();

    @Override
    public String inspect(String sql) {
        COUNT.incrementAndGet();
        return sql;
    }

    public static void reset() {
        COUNT.set(0);
    }

    public static int count() {
        return COUNT.get();
    }
}
