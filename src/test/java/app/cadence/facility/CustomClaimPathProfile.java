package app.cadence.facility;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/** An identity provider that nests the facilities under a claim of its own. */
public class CustomClaimPathProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("cadence.facilities.claim-path", "hospital.facility_codes",
                "cadence.facilities.require-claim", "true");
    }
}
