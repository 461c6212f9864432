package app.cadence.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import app.cadence.support.Api;
import app.cadence.support.Clients;
import app.cadence.support.Sql;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * The audit trail is chained: whoever changes it afterwards — here the database's superuser, with
 * the append-only triggers switched off — is found by the supervisors' verification, at the event
 * they touched. Each test tampers with events only its own caller produced.
 */
@QuarkusTest
class AuditChainTest {

    private static final String VERIFICATION = "/api/v1/audit-events/verification";

    private final Api supervisor = Api.newSupervisor();
    private final Api therapist = Api.newTherapist();

    @Test
    void shouldSealEveryEventAndFindThemIntact() {
        List<UUID> events = produceEvents();
        JsonPath report = verify();

        assertThat(report.getLong("sealedEvents")).isGreaterThanOrEqualTo(events.size());
        assertThat(Sql.count("select count(*) from audit_seal where event_id = any(?::uuid[])",
                (Object) events.stream().map(UUID::toString).toArray(String[]::new))).isEqualTo(events.size());
        assertThat(problemsAbout(report, events)).isEmpty();
        assertThat(report.getString("headMac")).matches("[0-9a-f]{64}");
        assertThat(Sql.count("select count(*) from audit_seal where algorithm = 'hmac-sha256' and position > 0"))
                .as("a key is configured, so every seal is an HMAC").isPositive();
    }

    @Test
    void shouldFindAnEventChangedAfterItWasSealed() throws SQLException {
        List<UUID> events = produceEvents();
        verify();
        UUID edited = events.get(1);
        asSuperuserWithTriggersOff("update audit_event set outcome = 'success', path = '/api/v1/clients' where id = ?", edited);

        JsonPath report = verify();
        assertThat(report.getBoolean("intact")).isFalse();
        assertThat(problemsAbout(report, events)).containsExactly("altered " + edited);
    }

    @Test
    void shouldFindAnEventRemovedAfterItWasSealed() throws SQLException {
        List<UUID> events = produceEvents();
        verify();
        UUID removed = events.get(0);
        asSuperuserWithTriggersOff("delete from audit_event where id = ?", removed);

        JsonPath report = verify();
        assertThat(report.getBoolean("intact")).isFalse();
        assertThat(problemsAbout(report, events)).containsExactly("missing " + removed);
    }

    @Test
    void shouldFindAnEventSlippedInWithAPastTime() throws Exception {
        verify(); // the chain exists from here on
        Thread.sleep(1500); // so that the sealer's look-back (1 s in tests) no longer reaches the chain's start
        List<UUID> events = produceEvents();
        JsonPath before = verify();
        OffsetDateTime chainStart = OffsetDateTime.parse(before.getString("chainStartedAt"));

        // Within the chain's time but behind the sealer, and before the chain began.
        UUID behind = insertEvent(chainStart.plusNanos(1000));
        UUID beforeChain = insertEvent(chainStart.minusDays(1));

        JsonPath report = verify();
        assertThat(report.getBoolean("intact")).isFalse();
        List<Map<String, Object>> problems = report.getList("problems");
        assertThat(problems).contains(Map.of("kind", "unsealed", "eventId", behind.toString()),
                Map.of("kind", "genesis-changed", "position", 0));
        assertThat(problemsAbout(report, events)).isEmpty();
        assertThat(problemsAbout(report, List.of(beforeChain))).as("counted, not sealed").isEmpty();
    }

    @Test
    void shouldFindARemovedSeal() throws SQLException {
        List<UUID> events = produceEvents();
        verify();
        long position = Sql.count("select position from audit_seal where event_id = ?", events.get(1));
        asSuperuserWithTriggersOff("delete from audit_seal where position = ?", position);

        JsonPath report = verify();
        assertThat(report.getBoolean("intact")).isFalse();
        assertThat(report.getList("problems", Map.class)).contains(Map.of("kind", "broken-chain", "position", (int) position));
    }

    @Test
    void shouldLetOnlySupervisorsVerify() {
        therapist.request().get(VERIFICATION).then().statusCode(403).contentType("application/problem+json");
        Api.newIntegration().request().get(VERIFICATION).then().statusCode(403);
    }

    /** A few audited requests of this test's therapist (a create, reads, a refusal); their event ids, oldest first. */
    private List<UUID> produceEvents() {
        String client = Clients.create(therapist);
        therapist.request().get("/api/v1/clients/" + client).then().statusCode(200);
        therapist.request().get("/api/v1/clients/" + UUID.randomUUID()).then().statusCode(404);
        List<UUID> ids = new ArrayList<>();
        try (Connection app = Sql.connect(); PreparedStatement query = app.prepareStatement(
                "select id from audit_event where actor_subject = ? order by occurred_at, id")) {
            query.setString(1, therapist.subject());
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getObject(1, UUID.class));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        assertThat(ids).hasSizeGreaterThanOrEqualTo(3);
        return ids;
    }

    private JsonPath verify() {
        return supervisor.request().get(VERIFICATION).then().statusCode(200)
                .body("headMac", matchesPattern("[0-9a-f]{64}"), "pendingEvents", equalTo(0))
                .extract().jsonPath();
    }

    /** The problems that name one of these events, as "kind eventId". */
    private static List<String> problemsAbout(JsonPath report, List<UUID> events) {
        List<String> ids = events.stream().map(UUID::toString).toList();
        List<Map<String, Object>> problems = report.getList("problems");
        return problems.stream().filter(problem -> ids.contains(problem.get("eventId")))
                .map(problem -> problem.get("kind") + " " + problem.get("eventId")).toList();
    }

    private UUID insertEvent(OffsetDateTime occurredAt) throws SQLException {
        UUID id = UUID.randomUUID();
        try (Connection admin = Sql.connectAsSuperuser(); PreparedStatement insert = admin.prepareStatement("""
                insert into audit_event (id, occurred_at, actor_subject, actor_roles, action, resource_type, outcome,
                                         request_id, http_method, path)
                values (?, ?, ?, '{therapist}', 'read', 'client', 'success', 'forged', 'GET', '/api/v1/clients')""")) {
            insert.setObject(1, id);
            insert.setObject(2, occurredAt);
            insert.setString(3, therapist.subject());
            insert.executeUpdate();
        }
        return id;
    }

    private static void asSuperuserWithTriggersOff(String sql, Object parameter) throws SQLException {
        try (Connection admin = Sql.connectAsSuperuser()) {
            admin.setAutoCommit(false);
            try (var statement = admin.createStatement()) {
                statement.execute("set session_replication_role = replica");
            }
            try (PreparedStatement change = admin.prepareStatement(sql)) {
                change.setObject(1, parameter);
                assertThat(change.executeUpdate()).isEqualTo(1);
            }
            admin.commit();
        }
    }
}
