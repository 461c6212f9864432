package app.cadence.fhir;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * FHIR operations are named with a {@code $} ({@code Patient/{id}/$everything}), which some HTTP
 * clients percent-encode. The REST layer matches the literal character only, so an encoded one is
 * routed again as the literal it stands for.
 */
@ApplicationScoped
class FhirOperationPaths {

    private static final String ENCODED_DOLLAR = "%24";

    void register(@Observes Router router) {
        router.route("/fhir/*").order(Integer.MIN_VALUE + 10).handler(this::decodeOperation);
    }

    void decodeOperation(RoutingContext context) {
        String path = context.request().path();
        if (!path.contains(ENCODED_DOLLAR)) {
            context.next();
            return;
        }
        String query = context.request().query();
        context.reroute(path.replace(ENCODED_DOLLAR, "$") + (query == null ? "" : "?" + query));
    }
}
