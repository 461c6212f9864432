package app.cadence.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import app.cadence.ops.KubernetesManifests;
import app.cadence.security.Roles;
import app.cadence.support.Clients;
import app.cadence.support.TestDatabase;
import app.cadence.support.Tokens;

/**
 * What Kubernetes does to a pod it stops: SIGTERM to the packaged Cadence while 12 callers keep it
 * busy with writes and audited reads. Every request answered 2xx — before the signal or while the
 * application finished its requests in flight — has its audit event in the database; a request
 * arriving once shutdown began is served with its event (Quarkus closes its connection afterwards),
 * answered 503 or refused, never answered without its event; the process exits by itself within
 * quarkus.shutdown.timeout, and afterwards connections are refused. The same
 * run checks that the Deployment's probe paths answer 200 and measures the process's resident
 * memory under this load with the image's JVM options (docs/operations.md, "Memory").
 */
class GracefulShutdownIT {

    private static final Logger LOG = Logger.getLogger(GracefulShutdownIT.class);
    private static final String DATABASE = TestDatabase.databaseName() + "_shutdown";
    private static final int CALLERS = 12;
    private static final int RESPONSES_BEFORE_SIGTERM = 600;
    /** quarkus.shutdown.timeout (30 s) plus the JVM's own exit. */
    private static final Duration EXIT_WITHIN = Duration.ofSeconds(40);

    private final ObjectMapper json = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void shouldFinishInFlightRequestsWithTheirAuditEventsOnSigterm() throws Exception {
        Path logs = Files.createDirectories(Path.of("target", "e2e"));
        TestDatabase.server().prepare(TestDatabase.accounts(), DATABASE, true);
        MockOidc oidc = MockOidc.start();
        Map<String, String> env = new HashMap<>(CadenceServer.database(TestDatabase.server(), DATABASE,
                TestDatabase.accounts()));
        env.putAll(oidc.env());
        try (oidc; CadenceServer cadence = CadenceServer.start(Path.of(System.getProperty("cadence.jar")), imageJvmOptions(),
                env, logs.resolve("cadence-shutdown.log"))) {
            for (String path : KubernetesManifests.probePaths()) {
                assertThat(http.send(HttpRequest.newBuilder(URI.create(cadence.url + path)).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode()).as("probe " + path).isEqualTo(200);
            }
            String therapist = Tokens.forUser("shutdown-therapist", Roles.THERAPIST);
            String clientId = create(cadence, therapist);
            long rssAfterFirstRequest = memory(cadence.pid(), "VmRSS");

            Map<String, Integer> answered = new ConcurrentHashMap<>();
            Set<String> answeredAfterSigterm = ConcurrentHashMap.newKeySet();
            AtomicBoolean terminating = new AtomicBoolean();
            ExecutorService callers = Executors.newFixedThreadPool(CALLERS);
            for (int caller = 0; caller < CALLERS; caller++) {
                int number = caller;
                callers.submit(() -> keepCalling(cadence, number, therapist, clientId, answered, answeredAfterSigterm,
                        terminating));
            }
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(40);
            while (answered.size() < RESPONSES_BEFORE_SIGTERM && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            long rssUnderLoad = memory(cadence.pid(), "VmRSS");
            long peakRss = memory(cadence.pid(), "VmHWM");
            int beforeSigterm = answered.size();

            terminating.set(true);
            cadence.terminate();
            long signalled = System.nanoTime();
            OptionalInt exit = cadence.awaitExit(EXIT_WITHIN);
            Duration exitTook = Duration.ofNanos(System.nanoTime() - signalled);
            callers.shutdown();
            assertThat(callers.awaitTermination(30, TimeUnit.SECONDS)).isTrue();

            List<String> acknowledged = answered.entrySet().stream().filter(e -> e.getValue() / 100 == 2)
                    .map(Map.Entry::getKey).toList();
            Set<String> missing = new HashSet<>(acknowledged);
            missing.removeAll(AuditedRequests.recordedRequestIds(DATABASE, acknowledged));
            Map<Integer, Long> afterStatuses = new HashMap<>();
            answeredAfterSigterm.forEach(id -> afterStatuses.merge(answered.get(id), 1L, Long::sum));
            String measured = String.format("""
                    packaged Cadence, JVM options %s, %d callers (POST client, GET client, GET sessions), %d responses:
                      RSS after the first request %d MiB; under load %d MiB; peak (VmHWM) %d MiB
                    """, imageJvmOptions(), CALLERS, beforeSigterm, rssAfterFirstRequest / 1024, rssUnderLoad / 1024,
                    peakRss / 1024);
            Files.writeString(logs.resolve("shutdown-memory.txt"), measured);
            LOG.infof("[shutdown] %d answered before SIGTERM, %d after it (statuses %s); exit %s after %d ms; "
                    + "%d acknowledged without an audit event%n%s", beforeSigterm, answeredAfterSigterm.size(), afterStatuses,
                    exit, exitTook.toMillis(), missing.size(), measured);

            assertThat(exit).as("exited by itself within " + EXIT_WITHIN).isPresent();
            assertThat(exit.getAsInt()).as("exit code after SIGTERM").isIn(0, 143);
            assertThat(beforeSigterm).isGreaterThanOrEqualTo(RESPONSES_BEFORE_SIGTERM);
            assertThat(missing).as("acknowledged requests without an audit event").isEmpty();
            // Once shutdown began, a request is either one that was in flight (2xx, with its event) or refused.
            assertThat(afterStatuses.keySet()).allSatisfy(status -> assertThat(status / 100 == 2 || status == 503)
                    .as("status " + status + " after SIGTERM").isTrue());
            // And after the exit nothing answers at all.
            assertThatThrownBy(() -> http.send(AuditedRequests.request(cadence, "/api/v1/clients/" + clientId, therapist, "after-exit").GET()
                    .build(), HttpResponse.BodyHandlers.discarding())).isInstanceOf(ConnectException.class);
        }
    }

    /** JAVA_OPTS of docker/Dockerfile.jvm: memory is measured as the image runs. */
    private static List<String> imageJvmOptions() throws IOException {
        Matcher options = Pattern.compile("ENV JAVA_OPTS=\"([^\"]*)\"").matcher(Files.readString(Path.of("docker/Dockerfile.jvm")));
        assertThat(options.find()).as("JAVA_OPTS in docker/Dockerfile.jvm").isTrue();
        return new ArrayList<>(Arrays.asList(options.group(1).trim().split("\\s+")));
    }

    /** A value of /proc/PID/status, in KiB. */
    private static long memory(long pid, String field) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))) {
            if (line.startsWith(field + ":")) {
                return Long.parseLong(line.replaceAll("[^0-9]", ""));
            }
        }
        throw new IllegalStateException(field + " not in /proc/" + pid + "/status");
    }

    private String create(CadenceServer cadence, String token) throws Exception {
        HttpResponse<String> created = http.send(AuditedRequests.request(cadence, "/api/v1/clients", token, "setup-" + UUID.randomUUID())
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(Clients.child()))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(created.statusCode()).isEqualTo(201);
        return json.readTree(created.body()).get("id").asText();
    }

    /** Until the connection is refused: a creation, a read and a list, in turn. */
    private void keepCalling(CadenceServer cadence, int caller, String token, String clientId, Map<String, Integer> answered,
            Set<String> answeredAfterSigterm, AtomicBoolean terminating) {
        for (int i = 0;; i++) {
            String requestId = "shutdown-" + caller + "-" + i;
            try {
                HttpRequest.Builder request = switch (i % 3) {
                    case 0 -> AuditedRequests.request(cadence, "/api/v1/clients", token, requestId)
                            .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(Clients.child())));
                    case 1 -> AuditedRequests.request(cadence, "/api/v1/clients/" + clientId, token, requestId).GET();
                    default -> AuditedRequests.request(cadence, "/api/v1/clients/" + clientId + "/sessions", token, requestId).GET();
                };
                boolean sentAfterSigterm = terminating.get();
                HttpResponse<Void> response = http.send(request.build(), HttpResponse.BodyHandlers.discarding());
                answered.put(requestId, response.statusCode());
                if (sentAfterSigterm || terminating.get()) {
                    answeredAfterSigterm.add(requestId);
                }
                if (terminating.get() && response.statusCode() == 503) {
                    Thread.sleep(50);
                }
            } catch (IOException refused) {
                // Connection refused or closed: the request got no answer, so it promised nothing.
                if (terminating.get()) {
                    return;
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
