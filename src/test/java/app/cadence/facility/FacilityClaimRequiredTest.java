package app.cadence.facility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.empty;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import app.cadence.session.SessionFixtures;
import app.cadence.session.SqlStatements;
import app.cadence.support.Api;
import app.cadence.support.Clients;
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

    /**
     * A caller placed by their staff record is looked up once per token, not on every request, so a
     * list keeps to its statement budget; what they reach is still decided by every statement.
     */
    @Test
    void shouldRememberThatACallerIsPlacedForAsLongAsTheirTokenIsRemembered() {
        String here = Facilities.ensure("RM-" + UUID.randomUUID());
        Facilities.ensure("RM-" + UUID.randomUUID());
        Api lead = Api.as("lead-" + UUID.randomUUID(), Map.of("facilities", List.of("*")), "supervisor");
        String subject = "placed-" + UUID.randomUUID();
        String staff = "/api/v1/staff/" + lead.request().body(Map.of("subject", subject, "displayName", "Placed Therapist",
                "roles", List.of("therapist"), "facilities", List.of(here))).post("/api/v1/staff").then().statusCode(201)
                .extract().path("id");
        Api therapist = Api.as(subject, "therapist");
        Map<String, Object> child = Clients.child();
        child.put("facility", here);
        String clientId = Clients.create(therapist, child);
        SessionFixtures.create(therapist, clientId, SessionFixtures.completed("2024-05-02T10:00:00Z"));
        String sessions = "/api/v1/clients/" + clientId + "/sessions";

        Api signedInAgain = Api.as(subject, "therapist");
        SqlStatements.reset();
        signedInAgain.request().get(sessions).then().statusCode(200);
        int first = SqlStatements.count();
        SqlStatements.reset();
        signedInAgain.request().get(sessions).then().statusCode(200);
        assertThat(SqlStatements.count()).as("statements of the second list request, after %d for the first", first)
                .isEqualTo(first - 1).isLessThanOrEqualTo(3);

        // Facilities taken away: the same token reaches nothing at once (404 and an empty list, not 403).
        String etag = lead.request().get(staff).then().statusCode(200).extract().header("ETag");
        lead.request().header("If-Match", etag).body(Map.of("facilities", List.of())).put(staff + "/facilities").then()
                .statusCode(200);
        therapist.request().get(sessions).then().statusCode(404);
        therapist.request().get("/api/v1/clients/" + clientId).then().statusCode(404);
        therapist.request().get("/api/v1/clients").then().statusCode(200).body("items", empty());
        // A new token is placed afresh, and refused.
        Api.as(subject, "therapist").request().get("/api/v1/clients").then().statusCode(403);

        // A refused caller is asked again on every request: facilities given back count at once.
        Api refused = Api.as(subject, "therapist");
        refused.request().get("/api/v1/clients").then().statusCode(403);
        etag = lead.request().get(staff).then().statusCode(200).extract().header("ETag");
        lead.request().header("If-Match", etag).body(Map.of("facilities", List.of(here))).put(staff + "/facilities").then()
                .statusCode(200);
        refused.request().get(sessions).then().statusCode(200);
    }
}
