package app.cadence.fhir;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.ws.rs.core.Response.Status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import app.cadence.support.Api;
import app.cadence.support.Clients;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/**
 * The façade follows the REST API's access rules and answers errors as FHIR OperationOutcomes: a
 * patient off the caller's care teams is as absent as a missing one, a search finds only what the
 * caller may read, and every call is on the audit trail as an export.
 */
@QuarkusTest
class FhirAccessTest {

    private static final String PATIENT = "/fhir/r4/Patient/";

    private final Api therapist = Api.newTherapist();
    private final Api outsider = Api.newTherapist();
    private final Api supervisor = Api.newSupervisor();
    private final Api integration = Api.newIntegration();
    private final String mrn = Clients.newMrn();
    private String clientId;

    @BeforeEach
    void createClient() {
        Map<String, Object> child = Clients.child();
        child.put("identifiers", List.of(Map.of("system", Clients.MRN_SYSTEM, "value", mrn)));
        clientId = Clients.create(therapist, child);
    }

    @Test
    void shouldFindAPatientByIdentifierOnlyForThoseWhoMayReadIt() {
        for (Api reader : List.of(therapist, supervisor, integration)) {
            JsonPath found = search(reader, Clients.MRN_SYSTEM + "|" + mrn);
            assertThat(found.getString("type")).isEqualTo("searchset");
            assertThat(found.getInt("total")).isEqualTo(1);
            assertThat(found.getList("entry.resource.id")).containsExactly(clientId);
            assertThat(found.getList("entry.search.mode")).containsExactly("match");
        }
        assertThat(search(therapist, mrn).getList("entry.resource.id")).as("a value under any system")
                .containsExactly(clientId);
        assertThat(search(therapist, "urn:other-system|" + mrn).getInt("total")).isZero();

        JsonPath offTeam = search(outsider, Clients.MRN_SYSTEM + "|" + mrn);
        assertThat(offTeam.getString("type")).isEqualTo("searchset");
        assertThat(offTeam.getInt("total")).isZero();
        assertThat(offTeam.getList("entry")).isNullOrEmpty();
    }

    @Test
    void shouldAnswerAPatientOffTheCareTeamExactlyLikeAMissingOne() {
        String missing = UUID.randomUUID().toString();
        JsonPath offTeam = outcome(outsider.request().get(PATIENT + clientId), Status.NOT_FOUND);
        JsonPath absent = outcome(outsider.request().get(PATIENT + missing), Status.NOT_FOUND);
        assertThat(offTeam.getString("issue[0].code")).isEqualTo("not-found");
        assertThat(offTeam.getString("issue[0].diagnostics").replace(clientId, "ID"))
                .isEqualTo(absent.getString("issue[0].diagnostics").replace(missing, "ID"));
        outcome(outsider.request().get(PATIENT + clientId + "/$everything"), Status.NOT_FOUND);
        outcome(outsider.request().get(PATIENT + "not-a-uuid"), Status.NOT_FOUND);

        therapist.request().get(PATIENT + clientId).then().statusCode(Status.OK.getStatusCode())
                .contentType(startsWith(FhirJson.MEDIA_TYPE)).header("ETag", startsWith("W/\""))
                .header("Cache-Control", "no-store")
                .body("resourceType", equalTo("Patient"), "id", equalTo(clientId),
                        "identifier.value", hasItem(mrn), "name[0].family", equalTo("Okafor"));
    }

    @Test
    void shouldAnswerMissingAndRefusedCredentialsAsOperationOutcomes() {
        Response anonymous = given().get(PATIENT + clientId);
        assertThat(anonymous.header("WWW-Authenticate")).isEqualTo("Bearer");
        assertThat(outcome(anonymous, Status.UNAUTHORIZED).getString("issue[0].code")).isEqualTo("login");
        assertThat(outcome(given().get("/fhir/r4/metadata"), Status.UNAUTHORIZED).getString("issue[0].code"))
                .isEqualTo("login");

        Api noCadenceRole = Api.as("visitor-" + UUID.randomUUID(), "offline_access");
        assertThat(outcome(noCadenceRole.request().get(PATIENT + clientId), Status.FORBIDDEN).getString("issue[0].code"))
                .isEqualTo("forbidden");
        outcome(noCadenceRole.request().queryParam("identifier", mrn).get("/fhir/r4/Patient"), Status.FORBIDDEN);
    }

    @Test
    void shouldSpeakFhirJsonOnlyAndSayWhatIsWrongAsOperationOutcomes() {
        outcome(therapist.request().queryParam("_format", "xml").get(PATIENT + clientId), Status.NOT_ACCEPTABLE);
        outcome(therapist.request().accept("application/fhir+xml").get(PATIENT + clientId), Status.NOT_ACCEPTABLE);
        therapist.request().queryParam("_format", "json").get(PATIENT + clientId).then()
                .statusCode(Status.OK.getStatusCode()).contentType(startsWith(FhirJson.MEDIA_TYPE));
        therapist.request().accept(FhirJson.MEDIA_TYPE).queryParam("_format", "application/fhir+json")
                .get(PATIENT + clientId).then().statusCode(Status.OK.getStatusCode());

        outcome(therapist.request().get("/fhir/r4/Patient"), Status.BAD_REQUEST);
        outcome(therapist.request().queryParam("identifier", Clients.MRN_SYSTEM + "|").get("/fhir/r4/Patient"),
                Status.BAD_REQUEST);
        outcome(therapist.request().get("/fhir/r4/Observation/" + UUID.randomUUID()), Status.NOT_FOUND);
        outcome(therapist.request().delete(PATIENT + clientId), Status.METHOD_NOT_ALLOWED);
    }

    @Test
    void shouldDescribeExactlyWhatIsSupported() {
        therapist.request().get("/fhir/r4/metadata").then().statusCode(Status.OK.getStatusCode())
                .contentType(startsWith(FhirJson.MEDIA_TYPE))
                .body("resourceType", equalTo("CapabilityStatement"), "fhirVersion", equalTo("4.0.1"),
                        "kind", equalTo("instance"), "format", hasItem(FhirJson.MEDIA_TYPE),
                        "rest", org.hamcrest.Matchers.hasSize(1),
                        "rest[0].resource.type", org.hamcrest.Matchers.contains("Patient"),
                        "rest[0].resource[0].interaction.code", containsInAnyOrder("read", "search-type"),
                        "rest[0].resource[0].searchParam.name", org.hamcrest.Matchers.contains("identifier"),
                        "rest[0].resource[0].operation.name", org.hamcrest.Matchers.contains("everything"),
                        "rest[0].operation", org.hamcrest.Matchers.nullValue());
    }

    @Test
    void shouldAuditEveryPatientCallAsAnExport() {
        therapist.request().get(PATIENT + clientId).then().statusCode(Status.OK.getStatusCode());
        therapist.request().queryParam("identifier", Clients.MRN_SYSTEM + "|" + mrn).get("/fhir/r4/Patient").then()
                .statusCode(Status.OK.getStatusCode());
        therapist.request().get(PATIENT + clientId + "/$everything").then().statusCode(Status.OK.getStatusCode());
        outsider.request().get(PATIENT + clientId).then().statusCode(Status.NOT_FOUND.getStatusCode());

        List<Map<String, Object>> own = events(therapist);
        assertThat(own).extracting(e -> e.get("action") + " " + e.get("resourceType") + " " + e.get("resourceId") + " "
                + e.get("clientId") + " " + e.get("outcome"))
                .containsExactlyInAnyOrder(
                        "export fhir-patient " + clientId + " " + clientId + " success",
                        "export fhir-patient null " + clientId + " success",
                        "export fhir-everything " + clientId + " " + clientId + " success");
        assertThat(events(outsider)).extracting(e -> e.get("action") + " " + e.get("resourceType") + " "
                + e.get("clientId") + " " + e.get("outcome"))
                .containsExactly("export fhir-patient " + clientId + " not-found");
    }

    private List<Map<String, Object>> events(Api actor) {
        return supervisor.request().queryParam("actor", actor.subject()).queryParam("limit", 100)
                .get("/api/v1/audit-events").then().statusCode(Status.OK.getStatusCode()).extract().jsonPath()
                .getList("items.findAll { it.path.startsWith('/fhir/') }");
    }

    private static JsonPath search(Api reader, String identifier) {
        return reader.request().queryParam("identifier", identifier).get("/fhir/r4/Patient").then()
                .statusCode(Status.OK.getStatusCode()).contentType(startsWith(FhirJson.MEDIA_TYPE))
                .body("resourceType", equalTo("Bundle")).extract().jsonPath();
    }

    private static JsonPath outcome(Response response, Status status) {
        response.then().statusCode(status.getStatusCode()).contentType(startsWith(FhirJson.MEDIA_TYPE))
                .body("resourceType", equalTo("OperationOutcome"), "issue", org.hamcrest.Matchers.not(empty()),
                        "issue[0].severity", equalTo("error"));
        return response.jsonPath();
    }
}
