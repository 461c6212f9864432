package app.cadence.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

import app.cadence.support.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * Every operation of the committed document, sent with the request example the document gives
 * it (what Swagger UI's "Try it out" sends), answers 2xx. The state an example needs is built by
 * running the examples in care-cycle order: the records they create stand in for the fictional
 * ids of the path examples, in paths and in bodies alike.
 */
@QuarkusTest
class RequestExamplesTest {

    private static final Path DOCUMENT = Path.of("openapi", "openapi.json");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Api ccls = Api.newChildLifeSpecialist();
    private final Api supervisor = Api.newSupervisor();
    private final Api integration = Api.newIntegration();

    private Map<String, JsonNode> operations;
    /** The fictional id of each path parameter, as the document's examples use it. */
    private final Map<String, String> exampleIds = new HashMap<>();
    /** The real record standing in for each path parameter, as the run goes. */
    private final Map<String, String> ids = new HashMap<>();
    private final Set<String> sent = new TreeSet<>();

    @BeforeEach
    void readDocument() throws IOException {
        operations = new TreeMap<>();
        JSON.readTree(Files.readString(DOCUMENT)).path("paths").properties().forEach(path -> {
            if (path.getKey().startsWith("/api/")) {
                path.getValue().properties().forEach(method -> {
                    ObjectNode operation = ((ObjectNode) method.getValue()).deepCopy();
                    operation.put("x-method", method.getKey().toUpperCase()).put("x-path", path.getKey());
                    operations.put(operation.path("operationId").asText(), operation);
                    operation.path("parameters").forEach(p -> {
                        if (p.path("in").asText().equals("path") && p.has("example")) {
                            exampleIds.put(p.path("name").asText(), p.path("example").asText());
                        }
                    });
                });
            }
        });
    }

    @Test
    void shouldAnswerEveryRequestExampleWith2xx() {
        // The supervisor pre-provisions the therapist of the examples; that therapist then does the clinical work.
        ids.put("staffId", send("createStaff", supervisor).getString("id"));
        Api therapist = Api.as(example("createStaff").path("subject").asText(), "therapist");
        send("getStaff", supervisor);
        send("listStaff", supervisor);
        assertThat(send("getMe", therapist).getString("id")).isEqualTo(ids.get("staffId"));

        // The program lead adds a hospital; everyone reads the facility list.
        send("createFacility", supervisor);
        send("getFacility", therapist);
        send("listFacilities", therapist);
        send("updateFacility", supervisor);

        // A referral, accepted by a supervisor who names the therapist; a second one declined.
        JsonPath referral = send("createReferral", ccls);
        ids.put("referralId", referral.getString("id"));
        ids.put("clientId", referral.getString("clientId"));
        send("listReferrals", therapist);
        send("getReferral", therapist);
        send("acceptReferral", supervisor);
        ids.put("referralId", send("createReferral", ccls).getString("id"));
        send("declineReferral", therapist);
        send("getClient", therapist);
        send("listClients", therapist);
        send("listCareTeam", therapist);

        // Assessment, goal, catalog, session, note, addendum, progress, discharge.
        ids.put("assessmentId", send("createAssessment", therapist).getString("id"));
        send("getAssessment", therapist);
        send("listAssessments", therapist);
        send("updateAssessment", therapist);
        send("finalizeAssessment", therapist);
        ids.put("goalId", send("createGoal", therapist).getString("id"));
        send("getGoal", therapist);
        send("listGoals", therapist);
        send("updateGoal", therapist);
        send("listInterventions", therapist);
        send("getIntervention", therapist);
        send("listScales", therapist);
        send("createIntervention", supervisor);
        ids.put("sessionId", send("createSession", therapist).getString("id"));
        send("getSession", therapist);
        send("listSessions", therapist);
        send("updateSession", therapist);
        send("writeNote", therapist);
        send("getNote", therapist);
        send("listUnsignedNotes", therapist);
        send("signNote", therapist);
        ids.put("addendumId", send("addAddendum", ccls).getString("id"));
        send("getAddendum", ccls);
        // A group session the child attends; the therapist's day shows it.
        ids.put("groupSessionId", send("createGroupSession", therapist).getString("id"));
        send("getGroupSession", therapist);
        send("listGroupSessions", therapist);
        send("updateGroupSession", therapist);
        send("getAgenda", therapist);

        // An intern on the team: a supervisor marks their record, they document a session, a supervisor co-signs.
        String therapistStaffId = ids.get("staffId");
        Api intern = Api.newTherapist();
        ids.put("staffId", intern.staffId());
        send("setStaffSupervision", supervisor);
        supervisor.request().body(Map.of("staffId", intern.staffId(), "role", "therapist"))
                .post("/api/v1/clients/" + ids.get("clientId") + "/care-team").then().statusCode(201);
        String documentedSessionId = ids.get("sessionId");
        ids.put("sessionId", intern.request().body(withRealIds(example("createSession").deepCopy()).toString())
                .post(resolve("/api/v1/clients/{clientId}/sessions")).then().statusCode(201).extract().path("id"));
        intern.request().body(withRealIds(example("writeNote").deepCopy()).toString())
                .put(resolve("/api/v1/sessions/{sessionId}/note")).then().statusCode(201);
        intern.request().post(resolve("/api/v1/sessions/{sessionId}/note/sign")).then().statusCode(200);
        send("listPendingCosignatures", supervisor);
        send("cosignNote", supervisor);
        ids.put("staffId", therapistStaffId);
        ids.put("sessionId", documentedSessionId);

        // A treatment plan: written by the therapist, reviewed by a supervisor, overdue on the worklist.
        ids.put("planId", send("createTreatmentPlan", therapist).getString("id"));
        send("getTreatmentPlan", therapist);
        send("listTreatmentPlans", therapist);
        send("updateTreatmentPlan", therapist);
        send("reviewTreatmentPlan", supervisor);
        send("listPlansNeedingAttention", therapist);
        send("getGoalProgress", therapist);
        send("getProgressReport", therapist);
        send("getOutcomeReport", therapist);

        // Corrections: a value of the signed session is marked entered-in-error; so are a session, an assessment
        // and a goal entered by mistake (fresh ones: the records the later steps use stay as they are).
        send("markMeasurementEnteredInError", therapist);
        Map<String, String> kept = Map.of("sessionId", ids.get("sessionId"), "assessmentId", ids.get("assessmentId"),
                "goalId", ids.get("goalId"));
        ids.put("sessionId", send("createSession", therapist).getString("id"));
        send("markSessionEnteredInError", therapist);
        ids.put("assessmentId", send("createAssessment", therapist).getString("id"));
        send("markAssessmentEnteredInError", supervisor);
        ids.put("goalId", send("createGoal", therapist).getString("id"));
        send("markGoalEnteredInError", therapist);
        ids.putAll(kept);

        send("dischargeClient", therapist);
        send("getDischarge", therapist);

        // A hospital system registers a child; a supervisor puts the therapist on the team and ends it.
        ids.put("clientId", send("createClient", integration).getString("id"));
        ids.put("memberId", send("addCareTeamMember", supervisor).getString("id"));
        send("getCareTeamMember", supervisor);
        send("updateClient", therapist);
        send("endCareTeamMembership", supervisor);
        send("listAuditEvents", supervisor);
        send("verifySignedRecords", supervisor);
        send("verifyAuditTrail", supervisor);
        // Last, since the therapist then works at the new hospital only: a supervisor moves them there.
        send("setStaffFacilities", supervisor);

        assertThat(sent).as("operations whose example ran").isEqualTo(operations.keySet());
    }

    private JsonNode example(String operationId) {
        return operations.get(operationId).path("requestBody").path("content").path("application/json").path("example");
    }

    /** Sends the operation's example as the caller and expects 2xx; returns the response body. */
    private JsonPath send(String operationId, Api caller) {
        JsonNode operation = operations.get(operationId);
        assertThat(operation).as("operation " + operationId + " in the document").isNotNull();
        String method = operation.path("x-method").asText();
        String path = resolve(operation.path("x-path").asText());
        RequestSpecification request = caller.request();
        JsonNode body = example(operationId);
        if (!body.isMissingNode()) {
            request.body(withRealIds(body.deepCopy()).toString());
        }
        if (method.equals("PUT")) {
            Response current = caller.request().get(path);
            if (current.statusCode() != 200) {
                // A part of a record without a GET of its own (a staff member's supervision) carries the record's ETag.
                current = caller.request().get(path.substring(0, path.lastIndexOf('/')));
            }
            if (current.statusCode() == 200) {
                request.header("If-Match", current.header("ETag"));
            }
        }
        Response response = request.request(method, path);
        assertThat(response.statusCode()).as("%s %s with its example as %s answered %s", method, path, caller.subject(),
                response.asString()).isBetween(200, 299);
        sent.add(operationId);
        return response.contentType().contains("json") ? response.jsonPath() : new JsonPath("{}");
    }

    private String resolve(String template) {
        String path = template;
        for (String name : exampleIds.keySet()) {
            if (path.contains("{" + name + "}")) {
                path = path.replace("{" + name + "}", ids.getOrDefault(name, exampleIds.get(name)));
            }
        }
        assertThat(path).as("every path parameter of " + template + " has an example").doesNotContain("{");
        return path;
    }

    /** Replaces the fictional ids of the examples with the records this run created. */
    private JsonNode withRealIds(JsonNode node) {
        if (node.isObject()) {
            ObjectNode object = (ObjectNode) node;
            object.properties().forEach(field -> object.set(field.getKey(), withRealIds(field.getValue())));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                ((com.fasterxml.jackson.databind.node.ArrayNode) node).set(i, withRealIds(node.get(i)));
            }
        } else if (node.isTextual()) {
            for (Map.Entry<String, String> example : exampleIds.entrySet()) {
                if (node.asText().equals(example.getValue()) && ids.containsKey(example.getKey())) {
                    return TextNode.valueOf(ids.get(example.getKey()));
                }
            }
        }
        return node;
    }
}
