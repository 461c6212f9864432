package app.cadence.facility;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/** A multi-facility deployment as production runs it: a caller must carry a facility. */
public class ClaimRequiredProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("cadence.facilities.require-claim", "true");
    }
}
