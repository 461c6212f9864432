package app.cadence.fhir;

import jakarta.ws.rs.core.UriInfo;

/** The absolute base URL of the façade as the caller reached it; entries and references resolve against it. */
final class FhirBase {

    static final String PATH = "fhir/r4";

    private FhirBase() {
    }

    static String of(UriInfo uriInfo) {
        return uriInfo.getBaseUriBuilder().path(PATH).build().toString();
    }
}
