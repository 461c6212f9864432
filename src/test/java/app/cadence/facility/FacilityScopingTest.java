package app.cadence.facility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import app.cadence.session.SessionFixtures;
import app.cadence.support.Api;
import app.cadence.support.Clients;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * Issue 14: supervisors, integrations and care teams see only the clients of their facilities (404
 * otherwise, as off-team); a program lead (claim "*") sees all and alone manages facilities.
 */
@QuarkusTest
class FacilityScopingTest {

    private static final String CLIENTS = "/api/v1/clients/";
    private static final String FACILITIES = "/api/v1/facilities";

    private FacilityWorld world;

    @BeforeEach
    void world() {
        world = new FacilityWorld();
    }

    @Test
    void shouldShowASupervisorAndAnIntegrationOnlyTheClientsOfTheirFacility() {
        for (String role : List.of("supervisor", "integration")) {
            Api caller = FacilityWorld.limitedTo(role, world.here);
            caller.request().get(CLIENTS + world.hereClient).then().statusCode(200).body("facility", equalTo(world.here));
            caller.request().get(CLIENTS + world.thereClient).then().statusCode(404)
                    .contentType("application/problem+json");
            caller.request().get(CLIENTS + world.nowhereClient).then().statusCode(404);
            caller.request().get(CLIENTS + world.thereClient + "/sessions").then().statusCode(404);
            caller.request().get(CLIENTS + world.thereClient + "/progress-report").then().statusCode(404);
            List<String> listed = caller.request().queryParam("q", world.familyName).get(CLIENTS).then().statusCode(200)
                    .extract().jsonPath().getList("items.id");
            assertThat(listed).as(role).containsExactly(world.hereClient);
            // FHIR: the other facility's child is neither found nor read.
            assertThat(caller.request().accept("application/fhir+json")
                    .queryParam("identifier", FacilityWorld.mrn(world.thereBody)).get("/fhir/r4/Patient")
                    .then().statusCode(200).extract().jsonPath().getInt("total")).isZero();
            caller.request().accept("application/fhir+json").get("/fhir/r4/Patient/" + world.thereClient).then()
                    .statusCode(404);
        }
    }

    @Test
    void shouldShowAProgramLeadEveryClientAndLetOnlyThemManageFacilities() {
        for (String client : List.of(world.hereClient, world.thereClient, world.nowhereClient)) {
            world.lead.request().get(CLIENTS + client).then().statusCode(200);
        }
        assertThat(world.lead.request().queryParam("q", world.familyName).get(CLIENTS).then().statusCode(200)
                .extract().jsonPath().getList("items.id")).hasSize(3);

        String code = "N" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(java.util.Locale.ROOT);
        Map<String, Object> body = Map.of("code", code, "name", "Northside Children's", "timeZone", "America/Chicago");
        FacilityWorld.limitedTo("supervisor", world.here).request().body(body).post(FACILITIES).then().statusCode(403)
                .contentType("application/problem+json");
        Api.newTherapist().request().body(body).post(FACILITIES).then().statusCode(403);
        world.lead.request().body(Map.of("code", code, "name", "Northside", "timeZone", "Mars/Olympus")).post(FACILITIES)
                .then().statusCode(422).contentType("application/problem+json");
        world.lead.request().body(body).post(FACILITIES).then().statusCode(201).body("timeZone", equalTo("America/Chicago"));
        world.lead.request().body(body).post(FACILITIES).then().statusCode(409);
        // Every role reads the list.
        FacilityWorld.limitedTo("therapist", world.here).request().queryParam("limit", 100).get(FACILITIES).then()
                .statusCode(200);
        String etag = world.lead.request().get(FACILITIES + "/" + code).then().statusCode(200).extract().header("ETag");
        world.lead.request().header("If-Match", etag).body(Map.of("name", "Northside", "timeZone", "America/Denver"))
                .put(FACILITIES + "/" + code).then().statusCode(200).body("timeZone", equalTo("America/Denver"));
    }

    @Test
    void shouldLimitACareTeamToItsFacilitiesToo() {
        Api therapist = FacilityWorld.limitedTo("therapist", world.there);
        Map<String, Object> child = Clients.child();
        child.put("facility", world.here);
        // Nobody records a child where they could not see it.
        therapist.request().body(child).post(CLIENTS).then().statusCode(422).body("violations[0].field", equalTo("facility"));
        child.put("facility", "NO-SUCH-FACILITY");
        world.lead.request().body(child).post(CLIENTS).then().statusCode(422);
        // A child a referral brings in is held to the same rule, and nothing is stored.
        child.put("familyName", "Unplaced" + UUID.randomUUID().toString().substring(0, 8));
        world.lead.request().body(Map.of("client", child, "reasons", List.of("emotional-support"), "priority", "routine"))
                .post("/api/v1/referrals").then().statusCode(422).contentType("application/problem+json")
                .body("violations[0].field", equalTo("client.facility"));
        assertThat(world.lead.request().queryParam("q", child.get("familyName")).get(CLIENTS).then().statusCode(200)
                .extract().jsonPath().getList("items")).isEmpty();
        // A facility code no facility could have (a NUL) is simply not found.
        world.lead.request().get(FACILITIES + "/%00").then().statusCode(404).contentType("application/problem+json");
        child.put("facility", world.there);
        String own = Clients.create(therapist, child);
        therapist.request().get(CLIENTS + own).then().statusCode(200);
        // The same therapist, with a token of another facility, no longer reaches their own client.
        Api.as(therapist.subject(), Map.of("facilities", List.of(world.here)), "therapist").request()
                .get(CLIENTS + own).then().statusCode(404);
    }

    @Test
    void shouldPlaceACallerWithoutClaimByTheirStaffRecord() {
        String subject = "placed-" + UUID.randomUUID();
        world.lead.request().body(Map.of("subject", subject, "displayName", "Placed Supervisor", "roles", List.of("supervisor"),
                "facilities", List.of(world.here))).post("/api/v1/staff").then().statusCode(201)
                .body("facilities", equalTo(List.of(world.here)));
        Api placed = Api.as(subject, "supervisor");
        placed.request().get(CLIENTS + world.hereClient).then().statusCode(200);
        placed.request().get(CLIENTS + world.thereClient).then().statusCode(404);
        placed.request().get("/api/v1/me").then().statusCode(200).body("facilities", hasItem(world.here));
        // A claim takes precedence over the staff record.
        Api.as(subject, Map.of("facilities", List.of(world.there)), "supervisor").request()
                .get(CLIENTS + world.thereClient).then().statusCode(200);
    }

    @Test
    void shouldMoveAColleagueToAnotherHospitalByTheirStaffRecord() {
        String subject = "moving-" + UUID.randomUUID();
        String staff = "/api/v1/staff/" + world.lead.request().body(Map.of("subject", subject, "displayName",
                "Moving Supervisor", "roles", List.of("supervisor"), "facilities", List.of(world.here)))
                .post("/api/v1/staff").then().statusCode(201).extract().path("id");
        Api moving = Api.as(subject, "supervisor");
        moving.request().get(CLIENTS + world.thereClient).then().statusCode(404);
        String before = world.lead.request().get(staff).then().statusCode(200).extract().header("ETag");

        // A supervisor of this hospital neither places the colleague in the other one nor takes them off
        // it; every refused code is named, and nothing changes.
        Api hereSupervisor = FacilityWorld.limitedTo("supervisor", world.here);
        hereSupervisor.request().header("If-Match", before).body(Map.of("facilities", List.of(world.here, world.there)))
                .put(staff + "/facilities").then().statusCode(422).body("violations.field", equalTo(List.of("facilities[1]")));
        world.lead.request().get(staff).then().statusCode(200).body("facilities", equalTo(List.of(world.here)));

        // The program lead moves them: the other hospital's children only, from the next request on.
        String after = world.lead.request().header("If-Match", before).body(Map.of("facilities", List.of(world.there)))
                .put(staff + "/facilities").then().statusCode(200).body("facilities", equalTo(List.of(world.there)))
                .extract().header("ETag");
        assertThat(after).isNotEqualTo(before);
        moving.request().get(CLIENTS + world.thereClient).then().statusCode(200);
        moving.request().get(CLIENTS + world.hereClient).then().statusCode(404);
        // The ETag read before the move is stale now.
        world.lead.request().header("If-Match", before).body(Map.of("facilities", List.of(world.here)))
                .put(staff + "/facilities").then().statusCode(412);
        // Nor can this hospital's supervisor take the colleague off the other one.
        hereSupervisor.request().header("If-Match", after).body(Map.of("facilities", List.of()))
                .put(staff + "/facilities").then().statusCode(422).body("violations.field", equalTo(List.of("facilities")))
                .body("violations.message[0]", org.hamcrest.Matchers.containsString(world.there));
        // An unknown facility code is refused like one the caller does not work at.
        world.lead.request().header("If-Match", after).body(Map.of("facilities", List.of(world.there, "NO-SUCH-HOSPITAL")))
                .put(staff + "/facilities").then().statusCode(422).body("violations.field", equalTo(List.of("facilities[1]")));
        world.lead.request().get(staff).then().statusCode(200).body("facilities", equalTo(List.of(world.there)));
    }

    @Test
    void shouldReportOnlyTheCallersFacilities() {
        Api therapist = FacilityWorld.limitedTo("therapist", world.there);
        Map<String, Object> child = Clients.child();
        child.put("facility", world.there);
        child.put("status", "active");
        String client = Clients.create(therapist, child);
        SessionFixtures.create(therapist, client, SessionFixtures.completed("2026-03-10T10:00:00-08:00"));

        Api supervisor = FacilityWorld.limitedTo("supervisor", world.here);
        assertThat(outcomes(supervisor, Map.of("groupBy", "facility")).getList("groups.key")).doesNotContain(world.there);
        assertThat(outcomes(world.lead, Map.of("groupBy", "facility")).getList("groups.key")).contains(world.there);
        // Asking for another facility's figures gives a report of nobody.
        assertThat(outcomes(supervisor, Map.of("facility", world.there)).getInt("total.clientsServed.value")).isZero();
        assertThat(outcomes(world.lead, Map.of("facility", world.there)).getInt("total.clientsServed.value")).isEqualTo(1);
    }

    private static JsonPath outcomes(Api caller, Map<String, String> parameters) {
        return caller.request().queryParam("from", "2026-03-01").queryParam("to", "2026-03-31").queryParams(parameters)
                .get("/api/v1/reports/outcomes").then().statusCode(200).extract().jsonPath();
    }
}
