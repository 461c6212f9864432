package app.cadence.common.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Cadence's two PostgreSQL accounts: the owner, which Flyway migrates with and which owns every
 * table, and the application's login role, which owns nothing and holds only the grants the
 * migrations give it. Creating them takes an administrator (a role with CREATEROLE and CREATEDB);
 * dev mode and the tests do it themselves, production uses {@code docker/postgres/cadence-accounts.sql}.
 * Roles are cluster-wide, so creating them is idempotent and serialised between concurrent callers.
 */
public record DatabaseAccounts(String owner, String ownerPassword, String application, String applicationPassword) {

    /** Serialises role creation between test runs and dev sessions sharing one server. */
    private static final long ROLE_LOCK = 0x43616465_6e636501L;

    /** Creates both login roles when missing and (re)sets their attributes and passwords. */
    public void createRoles(Connection admin) throws SQLException {
        boolean autoCommit = admin.getAutoCommit();
        admin.setAutoCommit(false);
        try (Statement sql = admin.createStatement()) {
            sql.execute("select pg_advisory_xact_lock(" + ROLE_LOCK + ")");
            // The owner needs no special attribute either: it owns the database it migrates.
            createRole(sql, owner, ownerPassword, "inherit");
            createRole(sql, application, applicationPassword, "noinherit");
            admin.commit();
        } catch (SQLException e) {
            admin.rollback();
            throw e;
        } finally {
            admin.setAutoCommit(autoCommit);
        }
    }

    /** Creates the database, owned by the owner, unless it exists. */
    public void createDatabase(Connection admin, String database) throws SQLException {
        if (databaseOwner(admin, database) == null) {
            try (Statement sql = admin.createStatement()) {
                sql.execute("create database " + quote(database) + " owner " + quote(owner));
            }
        }
    }

    /** The owner of the database, or null when there is no such database. */
    public static String databaseOwner(Connection admin, String database) throws SQLException {
        try (PreparedStatement query = admin.prepareStatement(
                "select pg_get_userbyid(datdba) from pg_database where datname = ?")) {
            query.setString(1, database);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? rows.getString(1) : null;
            }
        }
    }

    private static void createRole(Statement sql, String name, String password, String inherit) throws SQLException {
        try (ResultSet rows = sql.executeQuery("select 1 from pg_roles where rolname = " + literal(name))) {
            if (!rows.next()) {
                sql.execute("create role " + quote(name));
            }
        }
        sql.execute("alter role " + quote(name) + " with login nosuperuser nocreatedb nocreaterole noreplication "
                + "nobypassrls " + inherit + " password " + literal(password));
    }

    /** An SQL identifier; role and database names come from configuration, never from requests. */
    static String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    private static String literal(String value) {
        return "'" + value.replace("'", "''") + "'";
    }
}
