package app.cadence.referral;

import static app.cadence.referral.Referrals.REFERRALS;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.equalTo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.core.Response.Status;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import app.cadence.support.Api;
import app.cadence.support.Clients;
import io.quarkus.test.junit.QuarkusTest;

/** Bad referral input gets a problem response naming the field, and stores neither a referral nor a client. */
@QuarkusTest
class ReferralValidationTest {

    private static final int UNPROCESSABLE = 422;

    private final Api ccls = Api.newChildLifeSpecialist();
    private final Api supervisor = Api.newSupervisor();
    private final List<String> attemptedIdentifiers = new ArrayList<>();

    @AfterEach
    void nothingWasStored() {
        ccls.request().get(REFERRALS).then().statusCode(Status.OK.getStatusCode()).body("items.size()", equalTo(0));
        for (String identifier : attemptedIdentifiers) {
            supervisor.request().queryParam("identifier", identifier).get("/api/v1/clients").then()
                    .body("items.size()", equalTo(0));
        }
    }

    @Test
    void shouldRejectUnknownReasonCode() {
        Map<String, Object> body = newChildReferral();
        body.put("reasons", List.of("anxiety", "boredom"));
        ccls.request().body(body).post(REFERRALS).then()
                .statusCode(UNPROCESSABLE).contentType("application/problem+json")
                .body("violations[0].field", equalTo("reasons[1]"));
    }

    @Test
    void shouldRejectMissingEmptyOrRepeatedReasons() {
        Map<String, Object> body = newChildReferral();
        body.put("reasons", List.of());
        ccls.request().body(body).post(REFERRALS).then()
                .statusCode(UNPROCESSABLE).body("violations[0].field", equalTo("reasons"));
        body.remove("reasons");
        ccls.request().body(body).post(REFERRALS).then()
                .statusCode(UNPROCESSABLE).body("violations[0].field", equalTo("reasons"));
        body.put("reasons", List.of("pain", "coping", "pain"));
        ccls.request().body(body).post(REFERRALS).then()
                .statusCode(UNPROCESSABLE).body("violations[0].field", equalTo("reasons[2]"));
    }

    @Test
    void shouldRejectBothOrNeitherClientAndClientId() {
        String existingId = Clients.create(ccls);
        Map<String, Object> both = newChildReferral();
        both.put("clientId", existingId);
        ccls.request().body(both).post(REFERRALS).then()
                .statusCode(UNPROCESSABLE).body("violations[0].field", equalTo("client"));

        Map<String, Object> neither = newChildReferral();
        neither.remove("client");
        ccls.request().body(neither).post(REFERRALS).then()
                .statusCode(UNPROCESSABLE).body("violations[0].field", equalTo("clientId"));
        ccls.request().get("/api/v1/clients/" + existingId).then().body("status", equalTo("referred"));
    }

    @Test
    void shouldRejectOversizedNotesAndMissingOrUnknownPriority() {
        Map<String, Object> body = newChildReferral();
        body.put("notes", "n".repeat(4001));
        ccls.request().body(body).post(REFERRALS).then()
                .statusCode(UNPROCESSABLE).body("violations[0].field", equalTo("notes"));

        body = newChildReferral();
        body.remove("priority");
        ccls.request().body(body).post(REFERRALS).then()
                .statusCode(UNPROCESSABLE).body("violations[0].field", equalTo("priority"));
        body.put("priority", "stat");
        ccls.request().body(body).post(REFERRALS).then()
                .statusCode(UNPROCESSABLE).body("violations[0].field", equalTo("priority"));
    }

    @Test
    void shouldReportNewClientFieldsUnderClient() {
        Map<String, Object> body = newChildReferral();
        @SuppressWarnings("unchecked")
        Map<String, Object> child = (Map<String, Object>) body.get("client");
        child.put("familyName", "");
        ccls.request().body(body).post(REFERRALS).then()
                .statusCode(UNPROCESSABLE).body("violations[0].field", equalTo("client.familyName"));

        child.put("familyName", "Okafor");
        child.put("status", "active");
        ccls.request().body(body).post(REFERRALS).then()
                .statusCode(UNPROCESSABLE).body("violations[0].field", equalTo("client.status"));

        child.remove("status");
        Object identifier = ((List<?>) child.get("identifiers")).get(0);
        child.put("identifiers", List.of(identifier, identifier));
        ccls.request().body(body).post(REFERRALS).then()
                .statusCode(UNPROCESSABLE).body("violations[0].field", equalTo("client.identifiers[1]"));
    }

    @Test
    void shouldRejectUnknownPropertiesAsMalformed() {
        Map<String, Object> body = newChildReferral();
        body.put("status", "accepted");
        ccls.request().body(body).post(REFERRALS).then()
                .statusCode(Status.BAD_REQUEST.getStatusCode()).contentType("application/problem+json")
                .body("detail", containsString("status"));
    }

    @Test
    void shouldReportEveryViolationOfAnEmptyReferralAtOnce() {
        // A person fixing a request by hand should not have to send it three times to learn three rules.
        ccls.request().body(Map.of()).post(REFERRALS).then()
                .statusCode(UNPROCESSABLE).contentType("application/problem+json")
                .body("violations.field", containsInAnyOrder("clientId", "priority", "reasons"));
    }

    @Test
    void shouldListTheAllowedValuesOfEveryInvalidCode() {
        Map<String, Object> body = newChildReferral();
        body.put("priority", "stat");
        body.put("reasons", List.of("anxiety", "boredom"));
        ccls.request().body(body).post(REFERRALS).then()
                .statusCode(UNPROCESSABLE).contentType("application/problem+json")
                .body("violations.field", containsInAnyOrder("priority", "reasons[1]"),
                        "violations.find { it.field == 'priority' }.message", equalTo("must be one of: urgent, routine"),
                        "violations.find { it.field == 'reasons[1]' }.message", containsString("anxiety, pain, coping"),
                        "violations.message", hasItem(containsString("end-of-life, other")));
    }

    /** A valid referral of a new child, whose identifier the check after each test looks for. */
    private Map<String, Object> newChildReferral() {
        Map<String, Object> child = Clients.child();
        @SuppressWarnings("unchecked")
        Map<String, String> identifier = ((List<Map<String, String>>) child.get("identifiers")).get(0);
        attemptedIdentifiers.add(identifier.get("system") + "|" + identifier.get("value"));
        return Referrals.withNewClient(child, "urgent", "anxiety");
    }
}
