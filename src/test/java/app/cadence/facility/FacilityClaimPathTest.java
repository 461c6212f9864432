package app.cadence.facility;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import app.cadence.support.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** cadence.facilities.claim-path names a nested claim; the default claim name then means nothing. */
@QuarkusTest
@TestProfile(CustomClaimPathProfile.class)
class FacilityClaimPathTest {

    @Test
    void shouldReadTheFacilitiesAtTheConfiguredClaimPath() {
        FacilityWorld world = new FacilityWorld();
        Api nested = Api.as("nested-" + UUID.randomUUID(),
                Map.of("hospital", Map.of("facility_codes", List.of(world.here))), "supervisor");
        nested.request().get("/api/v1/clients/" + world.hereClient).then().statusCode(200);
        nested.request().get("/api/v1/clients/" + world.thereClient).then().statusCode(404);
        // The default claim name is not read: this caller carries no facility, and there are several.
        FacilityWorld.limitedTo("supervisor", world.here).request().get("/api/v1/clients/" + world.hereClient).then()
                .statusCode(403);
    }
}
