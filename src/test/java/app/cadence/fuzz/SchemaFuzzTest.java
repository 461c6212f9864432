package app.cadence.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import app.cadence.assessment.Assessments;
import app.cadence.goal.Goals;
import app.cadence.session.SessionFixtures;
import app.cadence.support.Clients;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

/**
 * Issue 10's schema-driven fuzzing: requests generated from the stored OpenAPI document, for every
 * operation, as every kind of caller (each role with a real signed token, a token without a Cadence
 * role, an expired and a forged token, none), with valid and mutated bodies, parameters and headers.
 * It holds the API to four things: never a 5xx; every 4xx is problem+json; every 2xx body matches
 * the document; and a refused request stores nothing (the audit trail aside). A seeded random makes
 * a round repeatable: set {@code -Dcadence.fuzz.seed} to replay one, {@code -Dcadence.fuzz.requests}
 * to change its size.
 */
@QuarkusTest
class SchemaFuzzTest {

    private static final Logger LOG = Logger.getLogger(SchemaFuzzTest.class);
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete");
    private static final int REQUESTS = Integer.getInteger("cadence.fuzz.requests", 10_000);
    private static final int REQUESTS_PER_WORLD = 2_500;
    private static final int READERS = 3;
    private static final String[] RAW_BODIES = { "", "null", "[]", "{", "{\"a\":1,\"a\":2}", "hello", "\"text\"", "42",
        "[".repeat(200) + "]".repeat(200), "{\"x\":" + "[".repeat(40) + "1" + "]".repeat(40) + "}", "{}}" };

    private final ObjectMapper json = JsonMapper.builder().enable(JsonWriteFeature.ESCAPE_NON_ASCII).build();
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    /** One operation of the document. */
    private record Operation(String id, String method, String template, JsonNode spec) {
    }

    @Test
    void shouldAnswerEveryGeneratedRequestWithinTheContract() throws Exception {
        String documentText = Files.readString(Path.of("openapi", "openapi.json"));
        JsonNode document = json.readTree(documentText);
        List<Operation> operations = operations(document);
        OpenApiInteractionValidator contract = OpenApiInteractionValidator
                .createForInlineApiSpecification(json.writeValueAsString(asOpenApi30(document.deepCopy())))
                .withLevelResolver(LevelResolver.create()
                        .withLevel("validation.request", ValidationReport.Level.IGNORE)
                        .withLevel("validation.schema.unknownFormat", ValidationReport.Level.IGNORE)
                        .build())
                .build();
        long seed = Long.getLong("cadence.fuzz.seed", System.nanoTime());
        Random random = new Random(seed);
        SchemaValues.seed(seed);
        Findings findings = new Findings();
        long started = System.nanoTime();

        ExecutorService readers = Executors.newFixedThreadPool(READERS);
        try (StateFingerprint state = new StateFingerprint()) {
            int sent = 0;
            while (sent < REQUESTS) {
                FuzzWorld world = new FuzzWorld();
                SchemaValues values = new SchemaValues(document.path("components").path("schemas"), random, world);
                List<Future<?>> reads = new ArrayList<>();
                String stored = state.read();
                for (int i = 0; i < REQUESTS_PER_WORLD && sent < REQUESTS; i++, sent++) {
                    Operation operation = operations.get(sent % operations.size());
                    Generated request = generate(operation, world, values, random);
                    if (operation.method().equals("GET")) {
                        // Reads store nothing but their audit event, so they run alongside the writes.
                        reads.add(readers.submit(() -> exchange(operation, request, contract, findings, world)));
                        continue;
                    }
                    HttpResponse<String> response = exchange(operation, request, contract, findings, world);
                    long before = System.nanoTime();
                    String now = state.read();
                    findings.fingerprintNanos.addAndGet(System.nanoTime() - before);
                    if (response.statusCode() >= 400 && !now.equals(stored)) {
                        findings.fail("stored data changed on a refused request", request, response);
                    }
                    stored = now;
                }
                for (Future<?> read : reads) {
                    read.get();
                }
            }
        } finally {
            readers.shutdownNow();
        }

        double seconds = (System.nanoTime() - started) / 1e9;
        LOG.infof("Schema fuzzing (seed %d): %d requests over %d operations in %.0f s (%.0f s of it reading the state "
                + "after writes), %d of them mutated; %d 5xx answers; statuses %s; %d success bodies checked against the "
                + "document; operations never answered with success: %s", seed, findings.requests, operations.size(),
                seconds, findings.fingerprintNanos.get() / 1e9, findings.mutated, findings.serverErrors, findings.statuses,
                findings.validated, findings.neverSucceeded(operations));
        assertThat(findings.requests).isGreaterThanOrEqualTo(REQUESTS);
        assertThat(findings.perOperation.keySet()).as("operations fuzzed")
                .containsAll(operations.stream().map(Operation::id).toList());
        assertThat(findings.failures).as("contract breaches (seed %d)", seed).isEmpty();
        assertThat(findings.serverErrors).as("5xx answers").isZero();
    }

    /** A request as generated, and how to describe it in a finding. */
    private record Generated(HttpRequest http, String description, boolean mutated) {
    }

    private HttpResponse<String> exchange(Operation operation, Generated request, OpenApiInteractionValidator contract,
            Findings findings, FuzzWorld world) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request.http(), HttpResponse.BodyHandlers.ofString());
        findings.count(operation, request, response);
        check(operation, request, response, contract, findings, world);
        return response;
    }

    private Generated generate(Operation operation, FuzzWorld world, SchemaValues values, Random random) throws IOException {
        boolean mutate = random.nextInt(100) < 45;
        FuzzWorld.Caller caller = caller(world, random);
        StringBuilder path = new StringBuilder();
        String template = operation.template();
        int at = 0;
        while (template.indexOf('{', at) >= 0) {
            int open = template.indexOf('{', at);
            int close = template.indexOf('}', open);
            path.append(template, at, open);
            path.append(encode(pathValue(template.substring(open + 1, close), world, random, mutate)));
            at = close + 1;
        }
        path.append(template.substring(at));
        String concretePath = path.toString();

        List<String> query = new ArrayList<>();
        String ifMatch = null;
        for (JsonNode parameter : operation.spec().path("parameters")) {
            String name = parameter.path("name").asText();
            String in = parameter.path("in").asText();
            if (in.equals("query") && random.nextBoolean()) {
                boolean bad = mutate && random.nextInt(3) == 0;
                query.add(encode(name) + "=" + encode(values.parameter(parameter.path("schema"), name, bad)));
            } else if (in.equals("header") && name.equals("If-Match")) {
                ifMatch = ifMatch(world.etags.get(concretePath), operation, random);
            }
        }
        String uri = "http://localhost:" + RestAssured.port + concretePath + (query.isEmpty() ? "" : "?" + String.join("&", query));
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(uri)).timeout(Duration.ofSeconds(60));
        if (caller.token() != null) {
            builder.header("Authorization", "Bearer " + caller.token());
        }
        builder.header("Accept", random.nextInt(20) == 0 ? (random.nextBoolean() ? "image/svg+xml" : "text/csv") : "application/json");
        if (ifMatch != null) {
            builder.header("If-Match", ifMatch);
        }
        if (operation.method().equals("POST") && random.nextInt(5) == 0) {
            builder.header("Idempotency-Key", random.nextInt(8) == 0 ? "not a key \u00e9" : UUID.randomUUID().toString());
        }
        String body = null;
        JsonNode bodySchema = operation.spec().path("requestBody").path("content").path("application/json").path("schema");
        if (!bodySchema.isMissingNode()) {
            Object value = template(bodySchema, world, random);
            if (value == null || random.nextInt(3) == 0) {
                value = values.valid(bodySchema, "body", 0);
            }
            if (mutate && random.nextInt(6) == 0) {
                body = RAW_BODIES[random.nextInt(RAW_BODIES.length)];
            } else {
                body = json.writeValueAsString(mutate ? values.mutate(value, bodySchema) : value);
            }
            builder.header("Content-Type", mutate && random.nextInt(15) == 0 ? "text/plain" : "application/json");
        }
        builder.method(operation.method(), body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        String description = operation.method() + " " + uri.replaceFirst("http://localhost:\\d+", "") + " as " + caller.label()
                + (ifMatch == null ? "" : " If-Match " + ifMatch)
                + (body == null ? "" : " body " + (body.length() > 300 ? body.substring(0, 300) + "…" : body));
        return new Generated(builder.build(), description, mutate);
    }

    private static FuzzWorld.Caller caller(FuzzWorld world, Random random) {
        int pick = random.nextInt(20);
        if (pick < 16) {
            return world.callers.get(pick % 5);
        }
        return world.callers.get(5 + random.nextInt(world.callers.size() - 5));
    }

    private static String pathValue(String name, FuzzWorld world, Random random, boolean mutate) {
        int pick = random.nextInt(20);
        String known = world.id(name, random);
        if (known != null && (pick < 17 || !mutate)) {
            return known;
        }
        return switch (pick % 5) {
            case 0 -> "not-an-id";
            case 1 -> "0";
            case 2 -> "\u0000";
            case 3 -> "x".repeat(300);
            default -> UUID.randomUUID().toString();
        };
    }

    private static String ifMatch(String current, Operation operation, Random random) {
        int pick = random.nextInt(20);
        if (operation.method().equals("POST")) {
            return pick == 0 ? "\"0\"" : null;
        }
        if (current != null && pick < 15) {
            return current;
        }
        return switch (pick % 4) {
            case 0 -> null;
            case 1 -> "\"999\"";
            case 2 -> "*";
            default -> "W/\"" + "9".repeat(random.nextInt(300)) + "\"";
        };
    }

    /** A request body a person would write, from the fixtures the feature tests use; null for other schemas. */
    private static Object template(JsonNode schema, FuzzWorld world, Random random) {
        String name = schema.path("$ref").asText("").replace("#/components/schemas/", "");
        Object body = switch (name) {
            case "ClientRequest" -> random.nextBoolean() ? FuzzWorld.child() : Clients.child();
            case "ReferralRequest" -> random.nextBoolean()
                    ? Map.of("client", Clients.child(), "reasons", List.of("anxiety", "pain"), "priority", "urgent")
                    : Map.of("clientId", world.id("clientId", random), "reasons", List.of("coping"), "priority", "routine");
            case "AssessmentRequest" -> Assessments.initial(FuzzWorld.recentDay(random));
            case "GoalRequest" -> random.nextBoolean() ? Goals.percent() : Goals.withStatus(Goals.percent(), "active");
            case "SessionRequest" -> random.nextBoolean() ? SessionFixtures.completed(FuzzWorld.lastWeek())
                    : SessionFixtures.scheduled(FuzzWorld.lastWeek());
            case "NoteRequest" -> FuzzWorld.note();
            case "AddendumRequest" -> Map.of("text", "Hummed the song through the next dressing change.");
            case "DischargeRequest" -> Map.of("reason", "goals-met", "goalOutcomes",
                    List.of(Map.of("goalId", world.id("goalId", random), "status", "achieved")));
            case "DeclineReferralRequest" -> Map.of("reason", "Discharged home before a first session was possible");
            case "AcceptReferralRequest" -> Map.of();
            case "CareTeamMemberRequest" -> Map.of("staffId", world.id("therapistStaffId", random), "role", "therapist");
            case "InterventionRequest" -> Map.of("code", "fz-" + UUID.randomUUID().toString().substring(0, 8),
                    "name", "Drum circle", "category", "creating", "description", "A drummed greeting song.");
            case "StaffRequest" -> Map.of("subject", "fz-" + UUID.randomUUID(), "displayName", "Rowan Ellis",
                    "roles", List.of("therapist"));
            default -> null;
        };
        return body == null ? null : SchemaValues.copy(body);
    }

    private void check(Operation operation, Generated request, HttpResponse<String> response,
            OpenApiInteractionValidator contract, Findings findings, FuzzWorld world) {
        int status = response.statusCode();
        String contentType = response.headers().firstValue("Content-Type").orElse("");
        if (status >= 500) {
            findings.serverError(request, response);
            return;
        }
        if (status >= 400 && operation.template().startsWith("/fhir/")) {
            // The FHIR façade answers errors as FHIR does: an OperationOutcome.
            if (!contentType.startsWith("application/fhir+json")
                    || !response.body().contains("\"resourceType\":\"OperationOutcome\"")) {
                findings.fail("a FHIR 4xx that is not an OperationOutcome", request, response);
            }
            return;
        }
        if (status >= 400) {
            if (!contentType.startsWith("application/problem+json")) {
                findings.fail("a 4xx that is not problem+json", request, response);
                return;
            }
            try {
                JsonNode problem = json.readTree(response.body());
                if (problem.path("status").asInt() != status || !problem.path("type").isTextual()) {
                    findings.fail("a problem whose status or type is wrong", request, response);
                }
            } catch (IOException e) {
                findings.fail("a problem body that is not JSON", request, response);
            }
            return;
        }
        String path = request.http().uri().getRawPath();
        response.headers().firstValue("ETag").ifPresent(etag -> {
            if (world.etags.containsKey(path)) {
                world.etags.put(path, etag);
            }
        });
        if (status == 204 || !contentType.startsWith("application/json")) {
            return;
        }
        SimpleResponse.Builder checked = SimpleResponse.Builder.status(status).withContentType(contentType)
                .withBody(response.body());
        response.headers().firstValue("ETag").ifPresent(etag -> checked.withHeader("ETag", etag));
        response.headers().firstValue("Location").ifPresent(location -> checked.withHeader("Location", location));
        ValidationReport report = contract.validateResponse(request.http().uri().getPath(),
                Request.Method.valueOf(operation.method()), checked.build());
        synchronized (findings) {
            findings.validated++;
        }
        if (report.hasErrors()) {
            findings.fail("a success body that does not match the document: " + report.getMessages().get(0).getMessage(),
                    request, response);
        }
    }

    /**
     * The validator reads OpenAPI 3.0. The document is 3.1 only in name and in the {@code examples}
     * arrays of its schemas, which are turned into 3.0's single {@code example}.
     */
    private static JsonNode asOpenApi30(JsonNode node) {
        if (node instanceof ObjectNode object) {
            if (object.has("openapi")) {
                object.put("openapi", "3.0.3");
                // 3.1's SPDX identifier of the license, which a 3.0 reader refuses.
                if (object.path("info").path("license") instanceof ObjectNode license) {
                    license.remove("identifier");
                }
            }
            JsonNode constant = object.remove("const");
            if (constant != null) {
                object.putArray("enum").add(constant);
            }
            JsonNode examples = object.remove("examples");
            if (examples != null && examples.isArray() && !examples.isEmpty() && !object.has("example")) {
                object.set("example", examples.get(0));
            } else if (examples != null && !examples.isArray()) {
                object.set("examples", examples);
            }
            object.properties().forEach(property -> asOpenApi30(property.getValue()));
        } else if (node.isArray()) {
            node.forEach(SchemaFuzzTest::asOpenApi30);
        }
        return node;
    }

    private static List<Operation> operations(JsonNode document) {
        List<Operation> operations = new ArrayList<>();
        document.path("paths").properties().forEach(path -> path.getValue().properties().forEach(method -> {
            if (METHODS.contains(method.getKey())) {
                operations.add(new Operation(method.getValue().path("operationId").asText(),
                        method.getKey().toUpperCase(), path.getKey(), method.getValue()));
            }
        }));
        return operations;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** What a round found: counts for the log, and every breach of the contract. */
    private static final class Findings {
        int requests;
        int mutated;
        int serverErrors;
        int validated;
        final AtomicLong fingerprintNanos = new AtomicLong();
        final Map<Integer, Integer> statuses = new TreeMap<>();
        final Map<String, Integer> perOperation = new TreeMap<>();
        final Map<String, Integer> successes = new TreeMap<>();
        final List<String> failures = new ArrayList<>();

        synchronized void count(Operation operation, Generated request, HttpResponse<String> response) {
            requests++;
            mutated += request.mutated() ? 1 : 0;
            statuses.merge(response.statusCode(), 1, Integer::sum);
            perOperation.merge(operation.id(), 1, Integer::sum);
            if (response.statusCode() < 300) {
                successes.merge(operation.id(), 1, Integer::sum);
            }
        }

        synchronized void serverError(Generated request, HttpResponse<String> response) {
            serverErrors++;
            fail("a 5xx answer", request, response);
        }

        synchronized void fail(String what, Generated request, HttpResponse<String> response) {
            if (failures.size() < 30) {
                failures.add(what + ": " + request.description() + " → " + response.statusCode() + " "
                        + (response.body().length() > 300 ? response.body().substring(0, 300) : response.body()));
            }
        }

        List<String> neverSucceeded(List<Operation> operations) {
            return operations.stream().map(Operation::id).filter(id -> !successes.containsKey(id)).toList();
        }
    }
}
