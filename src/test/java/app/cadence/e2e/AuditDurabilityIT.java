package app.cadence.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import app.cadence.security.Roles;
import app.cadence.support.Clients;
import app.cadence.support.TestDatabase;
import app.cadence.support.Tokens;

/**
 * The packaged Cadence is killed with SIGKILL while 16 callers keep it busy with reads, searches,
 * creations, misses and refusals. Afterwards every request that got a response — whatever its
 * status — has its audit event in the database: no response ever left before its event was
 * committed, and no event waited in memory to be written later. Requests carry their own
 * X-Request-Id, which the application stores with the event.
 */
class AuditDurabilityIT {

    private static final Logger LOG = Logger.getLogger(AuditDurabilityIT.class);
    /** Its own database: the production stack of the other end-to-end tests keeps using theirs. */
    private static final String DATABASE = TestDatabase.databaseName() + "_kill";
    private static final int CALLERS = 16;
    private static final int RESPONSES_BEFORE_KILL = 400;

    private final ObjectMapper json = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void shouldHaveTheEventOfEveryAnsweredRequestAfterAKill() throws Exception {
        Path logs = Files.createDirectories(Path.of("target", "e2e"));
        TestDatabase.server().prepare(TestDatabase.accounts(), DATABASE, true);
        MockOidc oidc = MockOidc.start();
        Map<String, String> env = new HashMap<>(CadenceServer.database(TestDatabase.server(), DATABASE,
                TestDatabase.accounts()));
        env.putAll(oidc.env());
        try (oidc; CadenceServer cadence = CadenceServer.start(Path.of(System.getProperty("cadence.jar")), env,
                logs.resolve("cadence-kill.log"))) {
            String therapist = Tokens.forUser("kill-therapist", Roles.THERAPIST);
            String roleless = Tokens.forUser("kill-visitor", "offline_access");
            String clientId = create(cadence, therapist);

            Map<String, Integer> answered = new ConcurrentHashMap<>();
            AtomicBoolean killed = new AtomicBoolean();
            ExecutorService callers = Executors.newFixedThreadPool(CALLERS);
            for (int caller = 0; caller < CALLERS; caller++) {
                int number = caller;
                callers.submit(() -> keepCalling(cadence, number, number == 0 ? roleless : therapist, clientId, answered,
                        killed));
            }
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (answered.size() < RESPONSES_BEFORE_KILL && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            cadence.kill();
            killed.set(true);
            callers.shutdown();
            assertThat(callers.awaitTermination(60, TimeUnit.SECONDS)).isTrue();

            Set<String> recorded = AuditedRequests.recordedRequestIds(DATABASE, answered.keySet());
            Set<String> missing = new HashSet<>(answered.keySet());
            missing.removeAll(recorded);
            LOG.infof("[kill] %d requests answered before SIGKILL (statuses %s); %d without an audit event",
                    answered.size(), new HashSet<>(answered.values()), missing.size());
            assertThat(answered).hasSizeGreaterThanOrEqualTo(RESPONSES_BEFORE_KILL);
            assertThat(answered.values()).contains(200, 201, 403, 404);
            assertThat(missing).as("answered requests without an audit event").isEmpty();
        }
    }

    private String create(CadenceServer cadence, String token) throws Exception {
        HttpResponse<String> created = http.send(AuditedRequests.request(cadence, "/api/v1/clients", token, "setup-" + UUID.randomUUID())
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(Clients.child()))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(created.statusCode()).isEqualTo(201);
        return json.readTree(created.body()).get("id").asText();
    }

    /** Until the kill: a creation, a read, a miss and a search, in turn; caller 0 has no Cadence role. */
    private void keepCalling(CadenceServer cadence, int caller, String token, String clientId,
            Map<String, Integer> answered, AtomicBoolean killed) {
        for (int i = 0; !killed.get(); i++) {
            String requestId = "kill-" + caller + "-" + i;
            try {
                HttpRequest.Builder request = switch (i % 4) {
                    case 0 -> AuditedRequests.request(cadence, "/api/v1/clients", token, requestId)
                            .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(Clients.child())));
                    case 1 -> AuditedRequests.request(cadence, "/api/v1/clients/" + clientId, token, requestId).GET();
                    case 2 -> AuditedRequests.request(cadence, "/api/v1/clients/" + UUID.randomUUID(), token, requestId).GET();
                    default -> AuditedRequests.request(cadence, "/api/v1/clients/" + clientId + "/sessions", token, requestId).GET();
                };
                HttpResponse<Void> response = http.send(request.build(), HttpResponse.BodyHandlers.discarding());
                answered.put(requestId, response.statusCode());
            } catch (Exception noAnswer) {
                // The application is gone: this request got no response, so it promised nothing.
                return;
            }
        }
    }
}
