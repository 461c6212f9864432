package app.cadence.facility;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import app.cadence.session.SessionFixtures;
import app.cadence.support.Api;
import app.cadence.support.Clients;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * Issue 14 meets issue 13: the views that gather many children — the agenda, group sessions and the
 * treatment-plan worklist — hold a supervisor to their facilities like every read of one client does.
 * Each facility of the world is new, so a caller limited to it sees only this test's children.
 */
@QuarkusTest
class FacilityWorklistsTest {

    @Test
    void shouldKeepAnotherFacilitysChildOutOfTheAgendaGroupSessionsAndPlanWorklist() {
        FacilityWorld world = new FacilityWorld();
        Api therapist = FacilityWorld.limitedTo("therapist", world.there);
        Map<String, Object> child = Clients.child();
        child.put("facility", world.there);
        child.put("status", "active");
        String client = Clients.create(therapist, child);

        Api thereSupervisor = FacilityWorld.limitedTo("supervisor", world.there);
        Api hereSupervisor = FacilityWorld.limitedTo("supervisor", world.here);
        ZoneId zone = ZoneId.of(thereSupervisor.request().get("/api/v1/agenda").then().statusCode(200).extract()
                .path("timeZone"));
        LocalDate yesterday = LocalDate.now(zone).minusDays(1);

        // Yesterday's playroom group of the child; an overdue treatment plan.
        Map<String, Object> group = new LinkedHashMap<>();
        group.put("startsAt", yesterday.atTime(14, 0).atZone(zone).toOffsetDateTime().toString());
        group.put("endsAt", yesterday.atTime(14, 45).atZone(zone).toOffsetDateTime().toString());
        group.put("setting", "playroom");
        group.put("interventions", List.of(SessionFixtures.intervention("drumming")));
        group.put("participants", List.of(Map.of("clientId", client, "status", "completed")));
        String groupId = therapist.request().body(group).post("/api/v1/group-sessions").then().statusCode(201).extract()
                .path("id");
        String goal = SessionFixtures.percentGoal(client);
        therapist.request().body(Map.of("sessionsPerWeek", 3, "minutesPerSession", 30, "goalIds", List.of(goal),
                "startDate", yesterday.minusDays(30).toString(), "reviewDate", yesterday.minusDays(2).toString()))
                .post("/api/v1/clients/" + client + "/treatment-plans").then().statusCode(201);

        // The supervisor of the child's facility sees all three...
        assertThat(agendaClients(thereSupervisor, yesterday)).contains(client);
        assertThat(groupSessionIds(thereSupervisor)).contains(groupId);
        thereSupervisor.request().get("/api/v1/group-sessions/" + groupId).then().statusCode(200);
        assertThat(planWorklistClients(thereSupervisor)).contains(client);

        // ...the supervisor of another facility none of them: the group answers 404, as an off-team child does.
        assertThat(agendaClients(hereSupervisor, yesterday)).doesNotContain(client);
        assertThat(groupSessionIds(hereSupervisor)).doesNotContain(groupId);
        hereSupervisor.request().get("/api/v1/group-sessions/" + groupId).then().statusCode(404);
        assertThat(planWorklistClients(hereSupervisor)).doesNotContain(client);

        // The audit trail too: what happened to the child is the business of the child's facility.
        assertThat(auditEvents(thereSupervisor, client)).isNotEmpty();
        assertThat(auditEvents(hereSupervisor, client)).isEmpty();
    }

    private static List<Object> auditEvents(Api caller, String client) {
        return caller.request().queryParam("clientId", client).queryParam("limit", 100).get("/api/v1/audit-events")
                .then().statusCode(200).extract().jsonPath().getList("items");
    }

    private static List<String> agendaClients(Api caller, LocalDate day) {
        return caller.request().queryParam("date", day.toString()).get("/api/v1/agenda").then().statusCode(200)
                .extract().jsonPath().getList("items.clientId");
    }

    private static List<String> groupSessionIds(Api caller) {
        return all(caller, "/api/v1/group-sessions", "id");
    }

    private static List<String> planWorklistClients(Api caller) {
        return all(caller, "/api/v1/worklist/plan-reviews", "clientId");
    }

    /** Every page of a list, so that other tests' rows cannot push this test's off the first one. */
    private static List<String> all(Api caller, String path, String field) {
        List<String> values = new ArrayList<>();
        String cursor = null;
        do {
            var request = caller.request().queryParam("limit", 100);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            JsonPath page = request.get(path).then().statusCode(200).extract().jsonPath();
            values.addAll(page.getList("items." + field));
            cursor = page.getString("nextCursor");
        } while (cursor != null);
        return values;
    }
}
