package app.cadence.staff;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.ws.rs.core.Response.Status;

import org.junit.jupiter.api.Test;

import app.cadence.support.Api;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class StaffTest {

    @Test
    void shouldProvisionStaffRecordOnFirstCallOnce() {
        Api therapist = Api.newTherapist();
        String id = therapist.request().get("/api/v1/me").then()
                .statusCode(Status.OK.getStatusCode())
                .body("subject", equalTo(therapist.subject()), "displayName", equalTo("Staff " + therapist.subject()),
                        "roles", equalTo(List.of("therapist")), "active", equalTo(true))
                .extract().path("id");
        therapist.request().get("/api/v1/me").then().body("id", equalTo(id));
        therapist.request().get("/api/v1/staff/" + id).then().statusCode(200).body("subject", equalTo(therapist.subject()));
    }

    @Test
    void shouldLetSupervisorPreProvisionColleague() {
        String subject = "kc-" + UUID.randomUUID();
        Map<String, Object> body = Map.of("subject", subject, "displayName", "Rowan Ellis", "credentials", "MT-BC",
                "roles", List.of("therapist"));
        String location = Api.newSupervisor().request().body(body).post("/api/v1/staff").then()
                .statusCode(Status.CREATED.getStatusCode())
                .header("Location", startsWith("http"))
                .body("credentials", equalTo("MT-BC"))
                .extract().header("Location");

        Api colleague = Api.as(subject, "therapist");
        colleague.request().get("/api/v1/me").then()
                .body("displayName", equalTo("Rowan Ellis"), "credentials", equalTo("MT-BC"));
        colleague.request().get(location).then().statusCode(200).body("subject", equalTo(subject));
    }

    @Test
    void shouldRefuseDuplicateSubject() {
        Api therapist = Api.newTherapist();
        therapist.staffId();
        Api.newSupervisor().request()
                .body(Map.of("subject", therapist.subject(), "displayName", "Dup", "roles", List.of("therapist")))
                .post("/api/v1/staff").then()
                .statusCode(Status.CONFLICT.getStatusCode());
    }

    @Test
    void shouldForbidNonSupervisorsFromProvisioningStaff() {
        Map<String, Object> body = Map.of("subject", "x-" + UUID.randomUUID(), "displayName", "X", "roles", List.of("therapist"));
        for (Api caller : new Api[] { Api.newTherapist(), Api.newChildLifeSpecialist(), Api.newIntegration() }) {
            caller.request().body(body).post("/api/v1/staff").then()
                    .statusCode(Status.FORBIDDEN.getStatusCode())
                    .contentType("application/problem+json");
        }
    }

    @Test
    void shouldListDirectoryByRole() {
        Api ccls = Api.newChildLifeSpecialist();
        ccls.staffId();
        Api.newTherapist().request().queryParam("role", "child-life-specialist").queryParam("limit", 100)
                .get("/api/v1/staff").then()
                .statusCode(200)
                .body("items.roles", org.hamcrest.Matchers.everyItem(hasItem("child-life-specialist")));
        Api.newSupervisor().request().queryParam("limit", 100).get("/api/v1/staff").then()
                .statusCode(200)
                .body("items.size()", org.hamcrest.Matchers.greaterThan(0));
        ccls.request().queryParam("role", "child-life-specialist").queryParam("limit", 100).get("/api/v1/staff").then()
                .body("items.roles", hasItem(List.of("child-life-specialist")));
    }
}
