package app.cadence.fhir;

import java.nio.charset.StandardCharsets;
import java.util.StringJoiner;
import java.util.UUID;

/**
 * Ids of resources that have no row of their own (an intervention used is a position in a
 * session, a score a scale in it, a signature part of a note): name-based UUIDs of what they are,
 * so the same record gets the same id on every export and a receiving system can update in place.
 */
final class DerivedIds {

    private DerivedIds() {
    }

    static UUID of(String kind, Object... parts) {
        StringJoiner name = new StringJoiner("/", "https://cadence.app/fhir/" + kind + "/", "");
        for (Object part : parts) {
            name.add(String.valueOf(part));
        }
        return UUID.nameUUIDFromBytes(name.toString().getBytes(StandardCharsets.UTF_8));
    }
}
