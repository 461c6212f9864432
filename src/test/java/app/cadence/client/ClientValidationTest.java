package app.cadence.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.core.Response.Status;

import org.junit.jupiter.api.Test;

import app.cadence.support.Api;
import app.cadence.support.Clients;
import io.quarkus.test.junit.QuarkusTest;

/** Bad input gets a problem response naming what is wrong, and creates nothing. */
@QuarkusTest
class ClientValidationTest {

    private static final String CLIENTS = "/api/v1/clients";
    private static final int UNPROCESSABLE = 422;

    private final Api integration = Api.newIntegration();

    @Test
    void shouldRejectMalformedJson() {
        integration.request().body("{\"givenName\": \"Mila\", ").post(CLIENTS).then()
                .statusCode(Status.BAD_REQUEST.getStatusCode())
                .contentType("application/problem+json")
                .body("status", equalTo(400), "detail", containsString("not valid JSON"));
    }

    @Test
    void shouldRejectUnknownProperty() {
        Map<String, Object> body = Clients.child();
        body.put("isAdmin", true);
        integration.request().body(body).post(CLIENTS).then()
                .statusCode(Status.BAD_REQUEST.getStatusCode())
                .contentType("application/problem+json")
                .body("detail", containsString("isAdmin"));
    }

    @Test
    void shouldRejectWrongJsonType() {
        Map<String, Object> body = Clients.child();
        body.put("identifiers", "MRN-1");
        integration.request().body(body).post(CLIENTS).then()
                .statusCode(Status.BAD_REQUEST.getStatusCode())
                .body("detail", containsString("identifiers"));
    }

    @Test
    void shouldReportEachInvalidFieldAsTheClientSentIt() {
        Map<String, Object> body = Clients.child();
        body.put("familyName", "");
        body.put("birthDate", LocalDate.now().plusDays(1).toString());
        body.put("identifiers", List.of(Map.of("system", "", "value", "MRN-1")));
        body.put("guardians", List.of(Map.of("name", "Ada", "phone", "call me")));

        integration.request().body(body).post(CLIENTS).then()
                .statusCode(UNPROCESSABLE)
                .contentType("application/problem+json")
                .body("status", equalTo(UNPROCESSABLE), "type", equalTo("https://cadence.app/problems/validation"))
                .body("violations.field", hasItems("familyName", "birthDate", "identifiers[0].system", "guardians[0].phone"));
    }

    @Test
    void shouldReportUnknownStatusAsViolation() {
        Map<String, Object> body = Clients.child();
        body.put("status", "admitted");
        integration.request().body(body).post(CLIENTS).then()
                .statusCode(UNPROCESSABLE)
                .body("violations[0].field", equalTo("status"));
    }

    @Test
    void shouldReportImpossibleDateAsViolation() {
        Map<String, Object> body = Clients.child();
        body.put("birthDate", "2017-02-30");
        integration.request().body(body).post(CLIENTS).then()
                .statusCode(UNPROCESSABLE)
                .body("violations[0].field", equalTo("birthDate"));
    }

    @Test
    void shouldRequireFieldsAndLimitSizes() {
        Map<String, Object> body = Clients.child();
        body.remove("givenName");
        body.put("precautions", "x".repeat(4001));
        integration.request().body(body).post(CLIENTS).then()
                .statusCode(UNPROCESSABLE)
                .body("violations.field", hasItems("givenName", "precautions"));
    }

    @Test
    void shouldRejectBodyOverOneMebibyte() {
        Map<String, Object> body = Clients.child();
        body.put("precautions", "x".repeat(1024 * 1024 + 1));
        integration.request().body(body).post(CLIENTS).then()
                .statusCode(Status.REQUEST_ENTITY_TOO_LARGE.getStatusCode())
                .contentType("application/problem+json")
                .body("status", equalTo(413));
    }

    @Test
    void shouldCreateNothingWhenInputIsInvalid() {
        String mrn = Clients.newMrn();
        Map<String, Object> body = Clients.child();
        body.put("identifiers", List.of(Map.of("system", Clients.MRN_SYSTEM, "value", mrn)));
        body.put("birthDate", "2999-01-01");
        integration.request().body(body).post(CLIENTS).then().statusCode(UNPROCESSABLE);

        integration.request().queryParam("identifier", Clients.MRN_SYSTEM + "|" + mrn).get(CLIENTS).then()
                .statusCode(Status.OK.getStatusCode())
                .body("items.size()", equalTo(0));
    }

    @Test
    void shouldRefuseIdentifierThatBelongsToAnotherClient() {
        Map<String, Object> first = Clients.child();
        Clients.create(integration, first);
        Map<String, Object> second = Clients.child("Theo", "Lindqvist");
        second.put("identifiers", first.get("identifiers"));

        integration.request().body(second).post(CLIENTS).then()
                .statusCode(Status.CONFLICT.getStatusCode())
                .contentType("application/problem+json");
        integration.request().queryParam("q", "Theo Lindqvist").get(CLIENTS).then()
                .body("items.familyName", not(hasItem("Lindqvist")));
    }

    @Test
    void shouldRejectUnknownRoute() {
        String body = integration.request().get("/api/v1/no-such-thing").then()
                .statusCode(Status.NOT_FOUND.getStatusCode())
                .contentType("application/problem+json")
                .extract().asString();
        assertThat(body).doesNotContain("Exception", "at app.", "org.");
    }
}
