package app.cadence;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;

/**
 * Starts Cadence. Quarkus answers a URI that {@code java.net.URI} cannot parse with an empty 400
 * before any route runs; Cadence makes the same check itself, in its first route, and answers with
 * a problem (common/http/RequestGuard), so the server's own check is switched off. Tests set the same
 * property in the build (pom.xml).
 */
@QuarkusMain
public class CadenceMain {

    public static void main(String... args) {
        System.setProperty("vertx.disableURIValidation", "true");
        Quarkus.run(args);
    }
}
