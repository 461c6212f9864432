package app.cadence.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import app.cadence.common.persistence.DatabaseAccounts;

/**
 * A PostgreSQL server the tests administer: the shared one of {@link TestDatabase}, or a cluster a
 * test runs itself. {@code url} ends with a slash; a database name completes it.
 */
public record DatabaseServer(String url, String adminUsername, String adminPassword) {

    /** The host, for PostgreSQL's command-line tools. */
    public String host() {
        String authority = url.substring("jdbc:postgresql://".length(), url.length() - 1);
        return authority.contains(":") ? authority.substring(0, authority.lastIndexOf(':')) : authority;
    }

    /** The port, for PostgreSQL's command-line tools. */
    public int port() {
        String authority = url.substring("jdbc:postgresql://".length(), url.length() - 1);
        return authority.contains(":") ? Integer.parseInt(authority.substring(authority.lastIndexOf(':') + 1)) : 5432;
    }

    public Connection connect(String database, String username, String password) throws SQLException {
        return DriverManager.getConnection(url + database, username, password);
    }

    /** An administrator's connection (creates roles and databases, and can do what no Cadence account may). */
    public Connection admin(String database) throws SQLException {
        return connect(database, adminUsername, adminPassword);
    }

    /**
     * Creates the accounts when missing, and the database owned by their owner. A database owned by
     * anyone else (left by a run that migrated as another account) is dropped and created again,
     * since the owner could neither clean nor migrate it; with {@code fresh} it always is.
     */
    public void prepare(DatabaseAccounts accounts, String database, boolean fresh) throws SQLException {
        try (Connection admin = admin("postgres")) {
            accounts.createRoles(admin);
            String owner = DatabaseAccounts.databaseOwner(admin, database);
            if (owner != null && (fresh || !owner.equals(accounts.owner()))) {
                try (Statement sql = admin.createStatement()) {
                    sql.execute("drop database \"" + database + "\" with (force)");
                }
            }
            accounts.createDatabase(admin, database);
        }
    }
}
