package app.cadence.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.core.Response.Status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import app.cadence.support.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/** A therapist's assessments: drafts that change until finalized, then never again. */
@QuarkusTest
class AssessmentTest {

    private static final int UNPROCESSABLE = 422;

    private final Api therapist = Api.newTherapist();
    private String clientId;

    @BeforeEach
    void createClient() {
        clientId = CareTeams.activeClient(therapist);
    }

    @Test
    void shouldCreateDraftWrittenByCaller() {
        var created = therapist.request().body(Assessments.initial("2025-03-03"))
                .post("/api/v1/clients/" + clientId + "/assessments").then()
                .statusCode(Status.CREATED.getStatusCode())
                .header("ETag", "\"0\"")
                .body("status", equalTo("draft"), "therapistId", equalTo(therapist.staffId()),
                        "clientId", equalTo(clientId), "kind", equalTo("initial"), "assessedOn", equalTo("2025-03-03"),
                        "findings.domain", contains("emotional", "musical"),
                        "findings[0].needs", equalTo("Anxiety before procedures"),
                        "finalizedAt", nullValue(), "finalizedBy", nullValue())
                .extract();
        String location = created.header("Location");
        assertThat(location).endsWith("/api/v1/assessments/" + created.path("id"));

        therapist.request().get(location).then()
                .statusCode(Status.OK.getStatusCode())
                .header("ETag", "\"0\"")
                .body("summary", equalTo("Engaged readily with live guitar."), "status", equalTo("draft"));
    }

    @Test
    void shouldListNewestFirstAcrossPages() {
        String oldest = create("2025-01-10");
        String newest = create("2025-03-01");
        String sameDayFirst = create("2025-02-01");
        String sameDaySecond = create("2025-02-01");

        String cursor = list("?limit=3").body("items.id", contains(newest, sameDaySecond, sameDayFirst))
                .body("nextCursor", notNullValue())
                .extract().path("nextCursor");
        list("?limit=3&cursor=" + cursor).body("items.id", contains(oldest)).body("nextCursor", nullValue());
    }

    @Test
    void shouldReplaceDraftNamedByIfMatch() {
        String id = create("2025-03-03");
        Map<String, Object> body = Assessments.initial("2025-03-04");
        body.put("summary", "Revised after the second visit.");

        therapist.request().body(body).put("/api/v1/assessments/" + id).then()
                .statusCode(Status.PRECONDITION_REQUIRED.getStatusCode());
        therapist.request().header("If-Match", "\"0\"").body(body).put("/api/v1/assessments/" + id).then()
                .statusCode(Status.OK.getStatusCode())
                .header("ETag", "\"1\"")
                .body("summary", equalTo("Revised after the second visit."), "assessedOn", equalTo("2025-03-04"));
        therapist.request().header("If-Match", "\"0\"").body(Assessments.initial("2025-03-05"))
                .put("/api/v1/assessments/" + id).then()
                .statusCode(Status.PRECONDITION_FAILED.getStatusCode());
        get(id).body("assessedOn", equalTo("2025-03-04"));
    }

    @Test
    void shouldFreezeAssessmentOnceFinal() {
        String id = create("2025-03-03");

        therapist.request().post("/api/v1/assessments/" + id + "/finalize").then()
                .statusCode(Status.OK.getStatusCode())
                .header("ETag", "\"1\"")
                .body("status", equalTo("final"), "finalizedBy", equalTo(therapist.staffId()),
                        "finalizedAt", notNullValue());

        Map<String, Object> change = Assessments.initial("2025-03-03");
        change.put("summary", "Changed after the fact");
        therapist.request().header("If-Match", "\"1\"").body(change).put("/api/v1/assessments/" + id).then()
                .statusCode(Status.CONFLICT.getStatusCode())
                .contentType("application/problem+json");
        therapist.request().post("/api/v1/assessments/" + id + "/finalize").then()
                .statusCode(Status.CONFLICT.getStatusCode());
        get(id).header("ETag", "\"1\"")
                .body("status", equalTo("final"), "summary", equalTo("Engaged readily with live guitar."));
    }

    @Test
    void shouldRefuseDomainAssessedTwice() {
        Map<String, Object> body = Assessments.initial("2025-03-03");
        body.put("findings", List.of(Assessments.finding("emotional", "a", "b"), Assessments.finding("social", "c", "d"),
                Assessments.finding("emotional", "e", "f")));

        therapist.request().body(body).post("/api/v1/clients/" + clientId + "/assessments").then()
                .statusCode(UNPROCESSABLE)
                .body("violations[0].field", equalTo("findings[2].domain"));
        list("").body("items", empty());

        String id = create("2025-03-03");
        therapist.request().header("If-Match", "\"0\"").body(body).put("/api/v1/assessments/" + id).then()
                .statusCode(UNPROCESSABLE)
                .body("violations[0].field", equalTo("findings[2].domain"));
        get(id).header("ETag", "\"0\"").body("findings.domain", contains("emotional", "musical"));
    }

    @Test
    void shouldRefuseInvalidFieldsAndStoreNothing() {
        Map<String, Object> future = Assessments.initial(LocalDate.now().plusDays(1).toString());
        post(future).statusCode(UNPROCESSABLE).body("violations[0].field", equalTo("assessedOn"));

        Map<String, Object> tooMany = Assessments.initial("2025-03-03");
        tooMany.put("findings", Collections.nCopies(7, Assessments.finding("social", "a", "b")));
        post(tooMany).statusCode(UNPROCESSABLE).body("violations[0].field", equalTo("findings"));

        Map<String, Object> badKind = Assessments.initial("2025-03-03");
        badKind.put("kind", "annual");
        post(badKind).statusCode(UNPROCESSABLE).body("violations[0].field", equalTo("kind"));

        Map<String, Object> longSummary = Assessments.initial("2025-03-03");
        longSummary.put("summary", "x".repeat(4001));
        post(longSummary).statusCode(UNPROCESSABLE).body("violations[0].field", equalTo("summary"));

        Map<String, Object> noDomain = Assessments.initial("2025-03-03");
        noDomain.put("findings", List.of(Map.of("strengths", "sings along")));
        post(noDomain).statusCode(UNPROCESSABLE).body("violations[0].field", equalTo("findings[0].domain"));

        Map<String, Object> unknownField = Assessments.initial("2025-03-03");
        unknownField.put("therapistId", therapist.staffId());
        post(unknownField).statusCode(Status.BAD_REQUEST.getStatusCode());

        list("").body("items", empty());
    }

    private String create(String assessedOn) {
        return post(Assessments.initial(assessedOn)).statusCode(Status.CREATED.getStatusCode()).extract().path("id");
    }

    private ValidatableResponse post(Map<String, Object> body) {
        return therapist.request().body(body).post("/api/v1/clients/" + clientId + "/assessments").then();
    }

    private ValidatableResponse get(String id) {
        return therapist.request().get("/api/v1/assessments/" + id).then().statusCode(Status.OK.getStatusCode());
    }

    private ValidatableResponse list(String query) {
        return therapist.request().get("/api/v1/clients/" + clientId + "/assessments" + query).then()
                .statusCode(Status.OK.getStatusCode());
    }
}
