package app.cadence.fhir;

import java.util.Date;

import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Meta;
import org.hl7.fhir.r4.model.Resource;

/** Searchset bundles: entries under their absolute URL, marked as a match or as included. */
final class Searchsets {

    private Searchsets() {
    }

    static Bundle bundle(String base, String self) {
        Bundle bundle = new Bundle();
        bundle.setType(Bundle.BundleType.SEARCHSET);
        bundle.setMeta(new Meta().setLastUpdated(new Date()));
        bundle.addLink().setRelation("self").setUrl(self);
        return bundle;
    }

    static void match(Bundle bundle, String base, Resource resource) {
        add(bundle, base, resource, Bundle.SearchEntryMode.MATCH);
    }

    static void include(Bundle bundle, String base, Resource resource) {
        add(bundle, base, resource, Bundle.SearchEntryMode.INCLUDE);
    }

    private static void add(Bundle bundle, String base, Resource resource, Bundle.SearchEntryMode mode) {
        bundle.addEntry()
                .setFullUrl(base + "/" + resource.fhirType() + "/" + resource.getIdElement().getIdPart())
                .setResource(resource)
                .getSearch().setMode(mode);
    }
}
