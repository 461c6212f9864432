package app.cadence.audit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import app.cadence.support.Api;
import app.cadence.support.Clients;
import app.cadence.support.Sql;
import app.cadence.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

@QuarkusTest
class AuditTrailTest {

    private final Api supervisor = Api.newSupervisor();

    @Test
    void shouldRecordEachReadWithActorClientOutcomeAndRequestId() {
        Api therapist = Api.newTherapist();
        String clientId = Clients.create(therapist);
        Response read = therapist.request().get("/api/v1/clients/" + clientId);
        read.then().statusCode(200);
        String requestId = read.header("X-Request-Id");

        Map<String, Object> event = onlyEvent(clientId, "read", therapist);
        assertThat(event).containsEntry("outcome", "success").containsEntry("resourceType", "client")
                .containsEntry("resourceId", clientId).containsEntry("clientId", clientId)
                .containsEntry("requestId", requestId).containsEntry("method", "GET")
                .containsEntry("path", "/api/v1/clients/" + clientId)
                .containsEntry("actorRoles", List.of("therapist"));
        assertThat(event.get("sourceAddress")).isNotNull();
        Map<String, Object> created = onlyEvent(clientId, "create", therapist);
        assertThat(created).containsEntry("outcome", "success").containsEntry("resourceId", clientId);
    }

    @Test
    void shouldRecordRefusedAndNotFoundAttempts() {
        Api therapist = Api.newTherapist();
        String clientId = Clients.create(therapist);
        Api outsider = Api.newTherapist();
        outsider.request().get("/api/v1/clients/" + clientId).then().statusCode(404);
        Api ccls = Api.newChildLifeSpecialist();
        ccls.request().header("If-Match", "\"0\"").body(Clients.child()).put("/api/v1/clients/" + clientId).then()
                .statusCode(403);

        assertThat(onlyEvent(clientId, "read", outsider)).containsEntry("outcome", "not-found");
        assertThat(onlyEvent(clientId, "update", ccls)).containsEntry("outcome", "denied");
    }

    @Test
    void shouldRecordCallersRefusedBeforeAnyOperationRan() {
        String path = "/api/v1/clients/" + UUID.randomUUID();
        given().get(path).then().statusCode(401);
        String visitor = "visitor-" + UUID.randomUUID();
        given().auth().oauth2(Tokens.forUser(visitor, "nurse")).get(path).then().statusCode(403);

        List<Map<String, Object>> byVisitor = events("actor=" + visitor);
        assertThat(byVisitor).singleElement().satisfies(event -> assertThat(event)
                .containsEntry("outcome", "denied").containsEntry("action", "read").containsEntry("path", path)
                .containsEntry("actorRoles", List.of()));
        List<Map<String, Object>> anonymous = supervisor.request().get("/api/v1/audit-events?limit=100").then()
                .statusCode(200).extract().jsonPath().getList("items.findAll { it.path == '" + path + "' && it.actor == null }");
        assertThat(anonymous).singleElement().satisfies(event -> assertThat(event).containsEntry("outcome", "denied"));
    }

    @Test
    void shouldCommitAChangeWithItsEventAndLeaveOnlyAnErrorEventWhenItFails() {
        Api therapist = Api.newTherapist();
        Map<String, Object> child = Clients.child();
        child.put("status", "active");
        String clientId = Clients.create(therapist, child);
        therapist.request().body(Map.of("domain", "emotional", "statement", "Copes with a song",
                "measure", Map.of("type", "percent"), "target", 80, "status", "active"))
                .post("/api/v1/clients/" + clientId + "/goals").then().statusCode(201);
        // Open goals need outcomes: the discharge fails and must change nothing.
        therapist.request().body(Map.of("reason", "goals-met", "goalOutcomes", List.of()))
                .post("/api/v1/clients/" + clientId + "/discharge").then().statusCode(422);

        therapist.request().get("/api/v1/clients/" + clientId).then().body("status", equalTo("active"));
        List<Map<String, Object>> discharges = events("clientId=" + clientId).stream()
                .filter(e -> "discharge".equals(e.get("resourceType"))).toList();
        assertThat(discharges).singleElement().satisfies(event -> assertThat(event)
                .containsEntry("action", "create").containsEntry("outcome", "error"));
        assertThat(events("clientId=" + clientId).stream().filter(e -> "goal".equals(e.get("resourceType"))))
                .singleElement().satisfies(event -> assertThat(event).containsEntry("outcome", "success"));
    }

    @Test
    void shouldPageAndFilterNewestFirstForSupervisorsOnly() {
        Api therapist = Api.newTherapist();
        String clientId = Clients.create(therapist);
        for (int i = 0; i < 4; i++) {
            therapist.request().get("/api/v1/clients/" + clientId).then().statusCode(200);
        }
        JsonPath first = supervisor.request().get("/api/v1/audit-events?clientId=" + clientId + "&limit=3").then()
                .statusCode(200).body("items", hasSize(3)).extract().jsonPath();
        JsonPath second = supervisor.request()
                .get("/api/v1/audit-events?clientId=" + clientId + "&limit=3&cursor=" + first.getString("nextCursor"))
                .then().statusCode(200).body("items", hasSize(2)).extract().jsonPath();
        List<String> ids = new ArrayList<>(first.getList("items.id"));
        ids.addAll(second.getList("items.id"));
        assertThat(new HashSet<>(ids)).hasSize(5);
        List<String> times = new ArrayList<>(first.getList("items.occurredAt"));
        times.addAll(second.getList("items.occurredAt"));
        assertThat(times).isSortedAccordingTo((a, b) -> OffsetDateTime.parse(b).compareTo(OffsetDateTime.parse(a)));

        String future = OffsetDateTime.now().plusDays(1).toString().replace("+", "%2B");
        supervisor.request().get("/api/v1/audit-events?clientId=" + clientId + "&from=" + future).then()
                .statusCode(200).body("items", hasSize(0));
        supervisor.request().get("/api/v1/audit-events?from=2025-02-01T00:00:00Z&to=2025-01-01T00:00:00Z").then()
                .statusCode(422).body("violations[0].field", equalTo("from"));

        for (Api refused : List.of(therapist, Api.newChildLifeSpecialist(), Api.newIntegration())) {
            refused.request().get("/api/v1/audit-events").then().statusCode(403);
        }
    }

    @Test
    void shouldKeepNamesNoteTextAndSearchTermsOutOfTheTrail() throws SQLException {
        Api therapist = Api.newTherapist();
        String given = "Quillon" + Long.toHexString(System.nanoTime());
        String clientId = Clients.create(therapist, Clients.child(given, "Marchetti"));
        therapist.request().queryParam("q", given).get("/api/v1/clients").then().statusCode(200);
        therapist.request().get("/api/v1/clients/" + clientId).then().statusCode(200);

        try (Connection sql = Sql.connect(); Statement statement = sql.createStatement();
                ResultSet rows = statement.executeQuery("select audit_event::text from audit_event")) {
            int count = 0;
            while (rows.next()) {
                assertThat(rows.getString(1)).doesNotContain(given).doesNotContain("Marchetti");
                count++;
            }
            assertThat(count).isPositive();
        }
    }

    @Test
    void shouldRefuseToChangeOrRemoveEventsInTheDatabaseItself() throws SQLException {
        Api therapist = Api.newTherapist();
        Clients.create(therapist);
        // Even the owner of the table, who holds every privilege on it: the triggers refuse.
        try (Connection sql = Sql.connectAsOwner(); Statement statement = sql.createStatement()) {
            assertThatThrownBy(() -> statement.executeUpdate("update audit_event set outcome = 'success'"))
                    .hasMessageContaining("append-only");
            assertThatThrownBy(() -> statement.executeUpdate("delete from audit_event"))
                    .hasMessageContaining("append-only");
            assertThatThrownBy(() -> statement.executeUpdate("truncate audit_event"))
                    .hasMessageContaining("append-only");
            try (ResultSet count = statement.executeQuery("select count(*) from audit_event")) {
                count.next();
                assertThat(count.getLong(1)).isPositive();
            }
        }
    }

    private Map<String, Object> onlyEvent(String clientId, String action, Api actor) {
        List<Map<String, Object>> matching = events("clientId=" + clientId + "&actor=" + actor.subject()).stream()
                .filter(e -> action.equals(e.get("action"))).toList();
        assertThat(matching).hasSize(1);
        return matching.get(0);
    }

    private List<Map<String, Object>> events(String query) {
        return supervisor.request().get("/api/v1/audit-events?limit=100&" + query).then().statusCode(200)
                .extract().jsonPath().getList("items");
    }

}
