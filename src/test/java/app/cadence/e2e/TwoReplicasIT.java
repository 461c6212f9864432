package app.cadence.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import jakarta.ws.rs.core.Response.Status;

import org.jboss.logging.Logger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import app.cadence.support.Api;
import app.cadence.support.Clients;
import app.cadence.support.TestDatabase;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * Two instances of the packaged Cadence on one database, as behind a load balancer: consecutive
 * requests of one caller go to alternating instances, and retries, preconditions, cursors and the
 * audit trail must not notice. Both start at once, so they also race to migrate the empty database.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoReplicasIT {

    private static final Logger LOG = Logger.getLogger(TwoReplicasIT.class);
    private static final String DATABASE = TestDatabase.databaseName() + "_replicas";

    private MockOidc oidc;
    private final List<CadenceServer> replicas = new ArrayList<>();

    @BeforeAll
    void start() throws Exception {
        Path logs = Files.createDirectories(Path.of("target", "replicas"));
        TestDatabase.server().prepare(TestDatabase.accounts(), DATABASE, true);
        oidc = MockOidc.start();
        Map<String, String> env = new HashMap<>(CadenceServer.database(TestDatabase.server(), DATABASE,
                TestDatabase.accounts()));
        env.putAll(oidc.env());
        Path jar = Path.of(System.getProperty("cadence.jar"));
        List<CompletableFuture<CadenceServer>> starting = List.of(
                CompletableFuture.supplyAsync(() -> start(jar, env, logs.resolve("cadence-a.log"))),
                CompletableFuture.supplyAsync(() -> start(jar, env, logs.resolve("cadence-b.log"))));
        for (CompletableFuture<CadenceServer> replica : starting) {
            replicas.add(replica.join());
        }
        LOG.infof("[replicas] two instances ready in %d s and %d s", replicas.get(0).startup.toSeconds(),
                replicas.get(1).startup.toSeconds());
    }

    private static CadenceServer start(Path jar, Map<String, String> env, Path log) {
        try {
            return CadenceServer.start(jar, env, log);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @AfterAll
    void stop() {
        replicas.forEach(CadenceServer::close);
        if (oidc != null) {
            oidc.close();
        }
    }

    /** The caller's request to the n-th instance, alternating. */
    private RequestSpecification on(int n, Api caller) {
        return caller.request().baseUri(replicas.get(n % 2).url);
    }

    private String createClient(int n, Api caller) {
        return on(n, caller).body(Clients.child()).post("/api/v1/clients").then().statusCode(201).extract().path("id");
    }

    @Test
    void shouldReplayARetryThatReachesTheOtherInstance() {
        Api integration = Api.newIntegration();
        String key = UUID.randomUUID().toString();
        Map<String, Object> child = Clients.child();
        Response first = on(0, integration).header("Idempotency-Key", key).body(child).post("/api/v1/clients");
        Response retry = on(1, integration).header("Idempotency-Key", key).body(child).post("/api/v1/clients");

        assertThat(first.statusCode()).isEqualTo(Status.CREATED.getStatusCode());
        assertThat(retry.statusCode()).isEqualTo(Status.CREATED.getStatusCode());
        assertThat(retry.header("Idempotency-Replayed")).isEqualTo("true");
        assertThat(retry.header("Location")).isEqualTo(first.header("Location"));
        assertThat(retry.jsonPath().getString("id")).isEqualTo(first.jsonPath().getString("id"));
        on(2, integration).header("Idempotency-Key", key).body(Clients.child()).post("/api/v1/clients").then()
                .statusCode(422);
    }

    @Test
    void shouldCreateOnceWhenTheSameRetryReachesBothInstancesAtOnce() {
        Api integration = Api.newIntegration();
        String key = UUID.randomUUID().toString();
        String mrn = Clients.newMrn();
        Map<String, Object> child = Clients.child();
        child.put("identifiers", List.of(Map.of("system", Clients.MRN_SYSTEM, "value", mrn)));
        List<CompletableFuture<Response>> sent = List.of(
                CompletableFuture.supplyAsync(() -> on(0, integration).header("Idempotency-Key", key).body(child)
                        .post("/api/v1/clients")),
                CompletableFuture.supplyAsync(() -> on(1, integration).header("Idempotency-Key", key).body(child)
                        .post("/api/v1/clients")));
        List<Response> answers = sent.stream().map(CompletableFuture::join).toList();

        // One did the work; the other waited for it and replayed it (or found it still running: 409).
        assertThat(answers).extracting(Response::statusCode).containsAnyOf(201).allMatch(s -> s == 201 || s == 409);
        assertThat(answers.stream().filter(a -> a.statusCode() == 201).map(a -> a.jsonPath().getString("id")).distinct())
                .hasSize(1);
        assertThat(on(1, integration).queryParam("identifier", Clients.MRN_SYSTEM + "|" + mrn).get("/api/v1/clients")
                .jsonPath().getList("items")).hasSize(1);
    }

    @Test
    void shouldHonourAnETagFromTheOtherInstance() {
        Api therapist = Api.newTherapist();
        String clientId = createClient(0, therapist);
        String path = "/api/v1/clients/" + clientId;
        String read = on(1, therapist).get(path).then().statusCode(200).extract().header("ETag");
        Map<String, Object> changed = Clients.child();
        changed.put("unit", "Oncology");

        String updated = on(0, therapist).header("If-Match", read).body(changed).put(path).then().statusCode(200)
                .extract().header("ETag");
        on(1, therapist).header("If-Match", read).body(changed).put(path).then().statusCode(412)
                .contentType("application/problem+json");
        on(1, therapist).header("If-Match", updated).body(changed).put(path).then().statusCode(200);
        assertThat(updated).isNotEqualTo(read);
    }

    @Test
    void shouldContinueAPageFromTheOtherInstancesCursor() {
        Api therapist = Api.newTherapist();
        List<String> created = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            created.add(createClient(i, therapist));
        }
        List<List<String>> pages = pageAlternately(therapist, "/api/v1/clients", Map.of(), "id");

        assertThat(pages).hasSize(3);
        assertThat(pages.stream().flatMap(List::stream)).hasSize(5).containsExactlyInAnyOrderElementsOf(created);
    }

    @Test
    void shouldKeepOneAuditTrailWhicheverInstanceServed() {
        Api therapist = Api.newTherapist();
        Api supervisor = Api.newSupervisor();
        String clientId = createClient(0, therapist);
        List<String> requestIds = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            requestIds.add(on(i, therapist).get("/api/v1/clients/" + clientId).then().statusCode(200)
                    .extract().header("X-Request-Id"));
        }

        List<String> recorded = pageAlternately(supervisor, "/api/v1/audit-events", Map.of("clientId", clientId),
                "requestId").stream().flatMap(List::stream).toList();

        // The create and the four reads, each once, paged across both instances.
        assertThat(recorded).containsAll(requestIds).hasSize(5).doesNotHaveDuplicates();
    }

    /**
     * Every page of a list, two items each, each page asked of the other instance than the one
     * before; returns the field of each item, page by page.
     */
    private List<List<String>> pageAlternately(Api caller, String path, Map<String, String> filters, String field) {
        List<List<String>> pages = new ArrayList<>();
        String cursor = null;
        do {
            RequestSpecification request = on(pages.size(), caller).queryParams(filters).queryParam("limit", 2);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            JsonPath body = request.get(path).then().statusCode(200).extract().jsonPath();
            pages.add(body.getList("items." + field));
            cursor = body.getString("nextCursor");
        } while (cursor != null);
        return pages;
    }
}
