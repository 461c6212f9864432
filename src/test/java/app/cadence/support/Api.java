package app.cadence.support;

import static io.restassured.RestAssured.given;

import java.util.UUID;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/** RestAssured requests as one caller, identified by a real signed token. */
public record Api(String subject, String token) {

    public static Api as(String subject, String... roles) {
        return new Api(subject, Tokens.forUser(subject, roles));
    }

    /** The caller's token carries these claims too (e.g. {@code facilities}). */
    public static Api as(String subject, java.util.Map<String, Object> claims, String... roles) {
        return new Api(subject, Tokens.forUserWithClaims(subject, claims, roles));
    }

    /** A new person with the role, unknown to Cadence until their first request. */
    public static Api newTherapist() {
        return as("therapist-" + UUID.randomUUID(), "therapist");
    }

    public static Api newChildLifeSpecialist() {
        return as("ccls-" + UUID.randomUUID(), "child-life-specialist");
    }

    public static Api newSupervisor() {
        return as("supervisor-" + UUID.randomUUID(), "supervisor");
    }

    public static Api newIntegration() {
        return as("service-account-" + UUID.randomUUID(), "integration");
    }

    public RequestSpecification request() {
        return given().auth().oauth2(token).contentType(ContentType.JSON).accept(ContentType.JSON);
    }

    /** The caller's staff id, provisioning the staff record on first use. */
    public String staffId() {
        return request().get("/api/v1/me").then().statusCode(200).extract().path("id");
    }
}
