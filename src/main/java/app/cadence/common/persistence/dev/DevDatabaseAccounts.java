package app.cadence.common.persistence.dev;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Optional;

import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.api.configuration.FluentConfiguration;

import app.cadence.common.persistence.DatabaseAccounts;
import io.quarkus.arc.profile.IfBuildProfile;
import io.quarkus.flyway.FlywayConfigurationCustomizer;

/**
 * Dev mode only: before Flyway first connects, creates the owner and application accounts of the
 * dev configuration and the dev database, as an administrator of the local server. Production and
 * test builds do not contain this bean; there an operator (or the test resource) does it.
 */
@IfBuildProfile("dev")
@Singleton
class DevDatabaseAccounts implements FlywayConfigurationCustomizer {

    private final String url;
    private final DatabaseAccounts accounts;
    private final String adminUsername;
    private final String adminPassword;

    DevDatabaseAccounts(@ConfigProperty(name = "quarkus.datasource.jdbc.url") String url,
            @ConfigProperty(name = "quarkus.flyway.username") String owner,
            @ConfigProperty(name = "quarkus.flyway.password") String ownerPassword,
            @ConfigProperty(name = "quarkus.datasource.username") String application,
            @ConfigProperty(name = "quarkus.datasource.password") String applicationPassword,
            @ConfigProperty(name = "cadence.dev.database-admin.username") String adminUsername,
            @ConfigProperty(name = "cadence.dev.database-admin.password") Optional<String> adminPassword) {
        this.url = url;
        this.accounts = new DatabaseAccounts(owner, ownerPassword, application, applicationPassword);
        this.adminUsername = adminUsername;
        this.adminPassword = adminPassword.orElse("");
    }

    @Override
    public void customize(FluentConfiguration configuration) {
        int slash = url.indexOf('/', "jdbc:postgresql://".length());
        int query = url.indexOf('?', slash);
        String database = url.substring(slash + 1, query < 0 ? url.length() : query);
        try (Connection admin = DriverManager.getConnection(url.substring(0, slash + 1) + "postgres", adminUsername,
                adminPassword)) {
            accounts.createRoles(admin);
            accounts.createDatabase(admin, database);
        } catch (SQLException e) {
            throw new IllegalStateException("Dev mode creates its database accounts as " + adminUsername
                    + " (cadence.dev.database-admin.username), which must be able to create roles and databases", e);
        }
    }
}
