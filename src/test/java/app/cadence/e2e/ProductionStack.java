package app.cadence.e2e;

import java.nio.file.Files;
import java.nio.file.Path;

import org.jboss.logging.Logger;

/**
 * Keycloak (realm of docker/keycloak/cadence-realm.json) and the packaged Cadence in production
 * mode, started once for all end-to-end tests of the run: Keycloak's start with the realm import is
 * the slowest step of the build. The processes stop when the test JVM exits (ServerProcess).
 */
final class ProductionStack {

    private static final Logger LOG = Logger.getLogger(ProductionStack.class);
    private static ProductionStack started;

    final KeycloakServer keycloak;
    final CadenceServer cadence;

    private ProductionStack(KeycloakServer keycloak, CadenceServer cadence) {
        this.keycloak = keycloak;
        this.cadence = cadence;
    }

    static synchronized ProductionStack get() throws Exception {
        if (started == null) {
            Path logs = Files.createDirectories(Path.of("target", "e2e"));
            KeycloakServer keycloak = KeycloakServer.start(Path.of(System.getProperty("keycloak.home")),
                    Path.of(System.getProperty("keycloak.realm")), logs.resolve("keycloak.log"));
            try {
                CadenceServer cadence = CadenceServer.start(Path.of(System.getProperty("cadence.jar")),
                        keycloak.realmUrl(), logs.resolve("cadence.log"));
                started = new ProductionStack(keycloak, cadence);
            } catch (Exception e) {
                keycloak.close();
                throw e;
            }
            LOG.infof("[e2e] Keycloak ready in %d s, Cadence (prod jar) ready in %d s",
                    keycloak.startup.toSeconds(), started.cadence.startup.toSeconds());
        }
        return started;
    }
}
