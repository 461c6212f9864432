package app.cadence.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.jboss.logging.Logger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import app.cadence.common.persistence.DatabaseAccounts;
import app.cadence.support.Clients;
import app.cadence.support.Tokens;

/**
 * The packaged Cadence while its PostgreSQL restarts under concurrent writes. The cluster is the
 * test's own; the restart is an operator's fast shutdown, a few seconds down, and a start. Every
 * write Cadence acknowledged must be in the database afterwards (with its audit event), every
 * request that failed must have been told so with a retryable 503, writes must succeed again within
 * {@link #RECOVERY_LIMIT} of the database being back, and the log must hold no stack trace.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DatabaseOutageIT {

    private static final Logger LOG = Logger.getLogger(DatabaseOutageIT.class);
    private static final Duration RECOVERY_LIMIT = Duration.ofSeconds(5);
    private static final Duration DOWNTIME = Duration.ofSeconds(4);
    private static final int WRITERS = 6;
    private static final String DATABASE = "cadence";
    /** A stack frame as Java prints it, e.g. "\tat org.postgresql.core.v3.QueryExecutorImpl.execute(...)". */
    private static final Pattern STACK_FRAME = Pattern.compile("^\\s+at [\\w$.]+\\(.*\\)$|^Caused by: ", Pattern.MULTILINE);

    private static final Pattern LOG_RECORD = Pattern.compile("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}");

    private final ObjectMapper json = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final DatabaseAccounts accounts = new DatabaseAccounts("cadence_owner", "owner-" + UUID.randomUUID(),
            "cadence_app", "app-" + UUID.randomUUID());
    private final String familyName = "Restartova" + Long.toHexString(System.nanoTime());
    private final String token = Tokens.forUser("service-account-" + UUID.randomUUID(), "integration");

    private PostgresCluster cluster;
    private MockOidc oidc;
    private CadenceServer cadence;

    /** One write as the writer saw it. */
    private record Attempt(Instant start, Instant end, int status, String contentType, String retryAfter,
            String problemType, String clientId) {

        boolean acknowledged() {
            return status == 201;
        }
    }

    @BeforeAll
    void start() throws Exception {
        Path home = Files.createDirectories(Path.of("target", "outage"));
        cluster = PostgresCluster.create(home.resolve("postgres"));
        cluster.server().prepare(accounts, DATABASE, true);
        oidc = MockOidc.start();
        Map<String, String> env = new HashMap<>(CadenceServer.database(cluster.server(), DATABASE, accounts));
        env.putAll(oidc.env());
        cadence = CadenceServer.start(Path.of(System.getProperty("cadence.jar")), env, home.resolve("cadence.log"));
    }

    @AfterAll
    void stop() {
        for (AutoCloseable resource : new AutoCloseable[] { cadence, oidc, cluster }) {
            try {
                if (resource != null) {
                    resource.close();
                }
            } catch (Exception e) {
                LOG.warnf("[outage] could not stop %s: %s", resource, e);
            }
        }
    }

    @Test
    void shouldLoseNoAcknowledgedWriteAnswerRetryably503AndRecoverWithinFiveSeconds() throws Exception {
        assertThat(write().status()).as("a write before the restart").isEqualTo(201);
        List<Attempt> attempts = Collections.synchronizedList(new ArrayList<>());
        List<Map.Entry<Instant, Integer>> readiness = Collections.synchronizedList(new ArrayList<>());
        AtomicBoolean running = new AtomicBoolean(true);
        ExecutorService load = Executors.newFixedThreadPool(WRITERS + 1);
        for (int i = 0; i < WRITERS; i++) {
            load.submit(() -> {
                while (running.get()) {
                    attempts.add(write());
                    pause(25);
                }
                return null;
            });
        }
        load.submit(() -> {
            while (running.get()) {
                readiness.add(Map.entry(Instant.now(), status(cadence.url + "/q/health/ready")));
                pause(200);
            }
            return null;
        });

        Thread.sleep(2_000);
        long logBefore = Files.size(cadence.log);
        Instant stopping = Instant.now();
        cluster.stop();
        Thread.sleep(DOWNTIME.toMillis());
        cluster.start();
        Instant back = Instant.now();
        Thread.sleep(RECOVERY_LIMIT.toMillis() + 3_000);
        running.set(false);
        load.shutdown();
        assertThat(load.awaitTermination(30, TimeUnit.SECONDS)).isTrue();

        List<Attempt> all = List.copyOf(attempts);
        List<String> acknowledged = all.stream().filter(Attempt::acknowledged).map(Attempt::clientId).toList();
        List<Attempt> failed = all.stream().filter(Predicate.not(Attempt::acknowledged)).toList();
        Map<Integer, Long> duringOutage = new TreeMap<>(all.stream()
                .filter(a -> !a.start().isBefore(stopping) && a.start().isBefore(back.plus(RECOVERY_LIMIT)))
                .collect(Collectors.groupingBy(Attempt::status, Collectors.counting())));
        Instant recovered = all.stream().filter(a -> a.acknowledged() && !a.start().isBefore(back))
                .map(Attempt::end).min(Instant::compareTo).orElseThrow();
        double recovery = Duration.between(back, recovered).toMillis() / 1000.0;
        long slowestFailure = failed.stream().mapToLong(a -> Duration.between(a.start(), a.end()).toMillis()).max().orElse(0);
        long lost = acknowledged.size() - stored(acknowledged, "select count(*) from client where id = any(?::uuid[])");
        long unaudited = acknowledged.size() - stored(acknowledged, """
                select count(distinct resource_id) from audit_event
                where action = 'create' and resource_type = 'client' and outcome = 'success' and resource_id = any(?)""");
        byte[] written = Files.readAllBytes(cadence.log);
        String log = outageRecords(new String(written, (int) logBefore, written.length - (int) logBefore,
                StandardCharsets.UTF_8));
        LOG.infof("[outage] %d writes, %d acknowledged, %d lost, %d unaudited; statuses from the stop until %d s after "
                + "the database was back: %s; first acknowledged write %.1f s after the database was back; slowest failed "
                + "request %d ms; log: %d WARN, %d ERROR lines", all.size(), acknowledged.size(), lost, unaudited,
                RECOVERY_LIMIT.toSeconds(), duringOutage, recovery, slowestFailure, count(log, " WARN "), count(log, " ERROR "));

        assertThat(lost).as("acknowledged writes missing from the database").isZero();
        assertThat(unaudited).as("acknowledged writes without their audit event").isZero();
        assertThat(failed).as("the restart must have been noticed").isNotEmpty().allSatisfy(attempt -> {
            assertThat(attempt.status()).isEqualTo(503);
            assertThat(attempt.contentType()).isEqualTo("application/problem+json");
            assertThat(attempt.retryAfter()).isNotBlank();
            assertThat(attempt.problemType()).isEqualTo("https://cadence.app/problems/unavailable");
        });
        assertThat(recovery).as("seconds from the database being back to an acknowledged write")
                .isLessThanOrEqualTo(RECOVERY_LIMIT.toSeconds());
        assertThat(all).filteredOn(a -> a.start().isAfter(back.plus(RECOVERY_LIMIT))).isNotEmpty()
                .allSatisfy(a -> assertThat(a.status()).as("a write once the database is back").isEqualTo(201));
        assertThat(readiness).filteredOn(r -> r.getKey().isAfter(stopping) && r.getKey().isBefore(back))
                .extracting(Map.Entry::getValue).contains(503);
        assertThat(readiness).filteredOn(r -> r.getKey().isAfter(back.plus(RECOVERY_LIMIT)))
                .isNotEmpty().extracting(Map.Entry::getValue).containsOnly(200);
        assertThat(STACK_FRAME.matcher(log).find()).as("a stack trace in " + cadence.log + " after the stop").isFalse();
        assertThat(log).doesNotContain(familyName);
    }

    /** One write; a request the server never answered is recorded with status 0. */
    private Attempt write() throws IOException, InterruptedException {
        Map<String, Object> child = Clients.child("Ola", familyName);
        HttpRequest request = HttpRequest.newBuilder(URI.create(cadence.url + "/api/v1/clients"))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(child))).build();
        Instant start = Instant.now();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException unanswered) {
            return new Attempt(start, Instant.now(), 0, null, null, null, null);
        }
        Instant end = Instant.now();
        JsonNode body = response.body().isEmpty() ? json.createObjectNode() : json.readTree(response.body());
        return new Attempt(start, end, response.statusCode(), response.headers().firstValue("Content-Type").orElse(null),
                response.headers().firstValue("Retry-After").orElse(null), body.path("type").asText(null),
                body.path("id").asText(null));
    }

    private int status(String url) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    /** How many of the ids the query finds, run as the cluster's superuser. */
    private long stored(List<String> ids, String query) throws SQLException {
        try (Connection admin = cluster.server().admin(DATABASE); PreparedStatement statement = admin.prepareStatement(query)) {
            statement.setArray(1, admin.createArrayOf("text", ids.toArray()));
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    /**
     * The log records written from the stop on, without Vert.x's blocked-thread warnings: those
     * report a starved machine (they carry the blocked thread's stack), not the database.
     */
    private static String outageRecords(String log) {
        StringBuilder kept = new StringBuilder();
        boolean skipping = false;
        for (String line : log.split("\n")) {
            if (LOG_RECORD.matcher(line).lookingAt()) {
                skipping = line.contains("BlockedThreadChecker");
            }
            if (!skipping) {
                kept.append(line).append('\n');
            }
        }
        return kept.toString();
    }

    private static long count(String log, String marker) {
        return log.lines().filter(line -> line.contains(marker)).count();
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
