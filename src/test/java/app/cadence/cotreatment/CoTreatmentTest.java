package app.cadence.cotreatment;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.ws.rs.core.Response.Status;

import org.junit.jupiter.api.Test;

import app.cadence.session.SessionFixtures;
import app.cadence.support.Api;
import app.cadence.support.Clients;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Co-treatment (issue 13): a session names its co-treating clinicians, Cadence staff or outside
 * clinicians by name and discipline; a Cadence co-treater gains nothing by being named, and writes
 * an addendum only while on the child's care team.
 */
@QuarkusTest
class CoTreatmentTest {

    private static final String START = "2025-04-08T09:00:00-04:00";
    private static final String SESSIONS = "/api/v1/sessions/";

    private final Api therapist = Api.newTherapist();
    private final Api supervisor = Api.newSupervisor();

    @Test
    void shouldRecordCadenceAndOutsideCoTreaters() {
        String clientId = Clients.create(therapist);
        Api ccls = Api.newChildLifeSpecialist();
        Map<String, Object> body = coTreated(START, List.of(Map.of("staffId", ccls.staffId()),
                Map.of("name", "Dana Whitfield", "discipline", "physical-therapy")));
        String sessionId = therapist.request().body(body).post("/api/v1/clients/" + clientId + "/sessions").then()
                .statusCode(Status.CREATED.getStatusCode())
                .body("kind", equalTo("co-treatment"), "coTreaters", hasSize(2),
                        "coTreaters[0].staffId", equalTo(ccls.staffId()), "coTreaters[1].name", equalTo("Dana Whitfield"),
                        "coTreaters[1].discipline", equalTo("physical-therapy"))
                .extract().path("id");
        // A replacement replaces the co-treaters too.
        body.put("coTreaters", List.of(Map.of("name", "Lee Park", "discipline", "speech-therapy")));
        therapist.request().header("If-Match", "\"0\"").body(body).put(SESSIONS + sessionId).then()
                .statusCode(Status.OK.getStatusCode())
                .body("coTreaters", hasSize(1), "coTreaters[0].discipline", equalTo("speech-therapy"));
        therapist.request().get(SESSIONS + sessionId).then().body("coTreaters[0].name", equalTo("Lee Park"));
    }

    @Test
    void shouldRefuseCoTreatersThatAreNeitherStaffNorNamedClinicians() {
        String clientId = Clients.create(therapist);
        String colleague = Api.newTherapist().staffId();
        Map<String, Object> body = coTreated(START, List.of(
                Map.of("staffId", colleague, "name", "Also a name", "discipline", "nursing"),
                Map.of("name", "Dana Whitfield"),
                Map.of("discipline", "nursing"),
                Map.of("staffId", UUID.randomUUID().toString()),
                Map.of("staffId", therapist.staffId()),
                Map.of("staffId", colleague),
                Map.of("staffId", colleague)));
        therapist.request().body(body).post("/api/v1/clients/" + clientId + "/sessions").then()
                .statusCode(422).contentType("application/problem+json")
                .body("violations.field", containsInAnyOrder("coTreaters[0]", "coTreaters[1].discipline",
                        "coTreaters[2].name", "coTreaters[3].staffId", "coTreaters[4].staffId", "coTreaters[6].staffId"));

        Map<String, Object> unknownDiscipline = coTreated(START, List.of(Map.of("name", "Dana Whitfield",
                "discipline", "music-therapy")));
        therapist.request().body(unknownDiscipline).post("/api/v1/clients/" + clientId + "/sessions").then()
                .statusCode(422).contentType("application/problem+json");

        // A group session's co-treaters follow the same rules.
        Map<String, Object> group = new java.util.LinkedHashMap<>(coTreated(START, List.of(Map.of("name", "No discipline"))));
        group.remove("kind");
        group.remove("status");
        group.remove("familyPresent");
        group.remove("measurements");
        group.remove("scores");
        group.put("participants", List.of(Map.of("clientId", clientId, "status", "completed")));
        therapist.request().body(group).post("/api/v1/group-sessions").then().statusCode(422)
                .body("violations.field", equalTo(List.of("coTreaters[0].discipline")));
    }

    @Test
    void shouldLetCoTreatersOnTheCareTeamAddAnAddendumAndNoOneElse() {
        String clientId = Clients.create(therapist);
        Api teamCoTreater = Api.newTherapist();
        Api teamCcls = Api.newChildLifeSpecialist();
        Api outsideCoTreater = Api.newTherapist();
        join(clientId, teamCoTreater, "therapist");
        join(clientId, teamCcls, "child-life-specialist");
        String sessionId = SessionFixtures.create(therapist, clientId, coTreated(START, List.of(
                Map.of("staffId", teamCoTreater.staffId()), Map.of("staffId", teamCcls.staffId()),
                Map.of("staffId", outsideCoTreater.staffId()))));
        therapist.request().body(Map.of("format", "narrative", "narrative", "Co-treated with PT and child life."))
                .put(SESSIONS + sessionId + "/note").then().statusCode(Status.CREATED.getStatusCode());
        therapist.request().post(SESSIONS + sessionId + "/note/sign").then().statusCode(Status.OK.getStatusCode());

        for (Api member : List.of(teamCoTreater, teamCcls)) {
            member.request().body(Map.of("text", "Stood for two minutes with the drum as motivation."))
                    .post(SESSIONS + sessionId + "/note/addenda").then().statusCode(Status.CREATED.getStatusCode());
        }
        // Being named as co-treater is no access: off the care team, the session does not exist for them.
        outsideCoTreater.request().body(Map.of("text", "Named, but not on the team."))
                .post(SESSIONS + sessionId + "/note/addenda").then().statusCode(Status.NOT_FOUND.getStatusCode());
        outsideCoTreater.request().get(SESSIONS + sessionId).then().statusCode(Status.NOT_FOUND.getStatusCode());
        // Nor does it put the session on their day; the co-treater on the team has it there.
        outsideCoTreater.request().queryParam("date", "2025-04-08").get("/api/v1/agenda").then()
                .statusCode(Status.OK.getStatusCode()).body("items", hasSize(0));
        teamCoTreater.request().queryParam("date", "2025-04-08").get("/api/v1/agenda").then()
                .statusCode(Status.OK.getStatusCode()).body("items.sessionId", equalTo(List.of(sessionId)));
    }

    private static Map<String, Object> coTreated(String start, List<Map<String, Object>> coTreaters) {
        Map<String, Object> body = SessionFixtures.completed(start);
        body.put("kind", "co-treatment");
        body.put("coTreaters", coTreaters);
        return body;
    }

    private void join(String clientId, Api member, String role) {
        supervisor.request().body(Map.of("staffId", member.staffId(), "role", role))
                .post("/api/v1/clients/" + clientId + "/care-team").then().statusCode(Status.CREATED.getStatusCode());
    }
}
