package app.cadence.facility;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import app.cadence.support.Api;
import app.cadence.support.Facilities;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * cadence.facilities.require-claim=true in a deployment of several facilities: a caller without a
 * facility claim and without facilities on their staff record is refused (403 problem).
 */
@QuarkusTest
@TestProfile(ClaimRequiredProfile.class)
class FacilityClaimRequiredTest {

    @Test
    void shouldRefuseACallerWhoCarriesNoFacility() {
        String here = Facilities.ensure("RQ-" + UUID.randomUUID());
        Facilities.ensure("RQ-" + UUID.randomUUID());
        Api.newSupervisor().request().get("/api/v1/clients").then().statusCode(403)
                .contentType("application/problem+json");
        Api.newIntegration().request().get("/api/v1/clients").then().statusCode(403);
        Api.as("claimed-" + UUID.randomUUID(), Map.of("facilities", List.of(here)), "integration").request()
                .get("/api/v1/clients").then().statusCode(200);

        Api lead = Api.as("lead-" + UUID.randomUUID(), Map.of("facilities", List.of("*")), "supervisor");
        String subject = "placed-" + UUID.randomUUID();
        lead.request().body(Map.of("subject", subject, "displayName", "Placed Therapist", "roles", List.of("therapist"),
                "facilities", List.of(here))).post("/api/v1/staff").then().statusCode(201);
        Api.as(subject, "therapist").request().get("/api/v1/clients").then().statusCode(200);
    }
}
