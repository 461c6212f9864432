package app.cadence.groupsession;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.ws.rs.core.Response.Status;

import org.junit.jupiter.api.Test;

import app.cadence.session.SessionFixtures;
import app.cadence.support.Api;
import app.cadence.support.Clients;
import io.restassured.response.Response;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Group sessions (issue 13): one shared record, one session per participant, and each child's data
 * seen only by that child's care team. The isolation cases read the group from every operation a
 * team member of one child has and look for anything of the other child.
 */
@QuarkusTest
class GroupSessionTest {

    private static final String START = "2025-06-10T10:00:00-04:00";
    private static final String SESSIONS = "/api/v1/sessions/";
    private static final String CLIENTS = "/api/v1/clients/";

    private final Api facilitator = Api.newTherapist();
    private final Api supervisor = Api.newSupervisor();

    /** Two children on the facilitator's caseload, A and B, and people on A's team only. */
    private final class Ward {
        final String suffix = UUID.randomUUID().toString().substring(0, 8).replaceAll("[0-9-]", "q");
        final Map<String, Object> aBody = Clients.child("Aria", "Alvarez" + suffix);
        final Map<String, Object> bBody = Clients.child("Bruno", "Brightwater" + suffix);
        final String a = Clients.create(facilitator, aBody);
        final String b = Clients.create(facilitator, bBody);
        final Api aTherapist = Api.newTherapist();
        final Api aCcls = Api.newChildLifeSpecialist();

        Ward() {
            join(a, aTherapist, "therapist");
            join(a, aCcls, "child-life-specialist");
        }

        /** Everything of child B that must never reach A's team. */
        List<String> bSecrets(String bSessionId, String... more) {
            List<String> secrets = new ArrayList<>(List.of(b, bSessionId, "Bruno", "Brightwater" + suffix, mrn(bBody)));
            secrets.addAll(List.of(more));
            return secrets;
        }
    }

    @Test
    void shouldCreateOneSessionPerParticipantSharingTimeSettingAndInterventions() {
        Ward ward = new Ward();
        Map<String, Object> body = GroupSessions.completed(START, ward.a, ward.b);
        body.put("coTreaters", List.of(Map.of("name", "Dana Whitfield", "discipline", "child-life")));
        Response created = facilitator.request().body(body).post(GroupSessions.PATH);
        created.then().statusCode(Status.CREATED.getStatusCode())
                .header("ETag", "\"0\"")
                .body("startsAt", equalTo("2025-06-10T10:00:00-04:00"), "endsAt", equalTo("2025-06-10T10:45:00-04:00"),
                        "setting", equalTo("playroom"), "interventions.code", equalTo(List.of("drumming", "songwriting")),
                        "facilitatorIds", equalTo(List.of(facilitator.staffId())),
                        "coTreaters[0].name", equalTo("Dana Whitfield"), "coTreaters[0].discipline", equalTo("child-life"),
                        "participants", hasSize(2), "otherParticipants", equalTo(0),
                        "participants.status", equalTo(List.of("completed", "completed")),
                        "participants.noteStatus", equalTo(List.of("none", "none")));
        String groupId = created.path("id");
        assertThat(created.header("Location")).endsWith(GroupSessions.PATH + "/" + groupId);

        for (String child : List.of(ward.a, ward.b)) {
            String sessionId = GroupSessions.sessionOf(facilitator, groupId, child);
            facilitator.request().get(SESSIONS + sessionId).then().statusCode(Status.OK.getStatusCode())
                    .body("clientId", equalTo(child), "kind", equalTo("group"), "groupSessionId", equalTo(groupId),
                            "therapistId", equalTo(facilitator.staffId()), "startsAt", equalTo("2025-06-10T10:00:00-04:00"),
                            "setting", equalTo("playroom"), "interventions.code", equalTo(List.of("drumming", "songwriting")),
                            "coTreaters[0].discipline", equalTo("child-life"));
            // Lists count the group once per participant: each child's list holds their own session.
            facilitator.request().get(CLIENTS + child + "/sessions").then().statusCode(Status.OK.getStatusCode())
                    .body("items.id", equalTo(List.of(sessionId)));
        }
        // The worklist shows each participant's session waiting for its own note.
        facilitator.request().get("/api/v1/worklist/unsigned-notes").then().statusCode(Status.OK.getStatusCode())
                .body("items.clientId", containsInAnyOrder(ward.a, ward.b));
    }

    @Test
    void shouldRecordEachParticipantsOwnAttendanceMeasurementsScoresAndNote() {
        Ward ward = new Ward();
        Map<String, Object> body = GroupSessions.completed(START, ward.a);
        body.put("participants", List.of(GroupSessions.participant(ward.a, "completed", null),
                GroupSessions.participant(ward.b, "cancelled", "isolation")));
        String groupId = GroupSessions.create(facilitator, body);
        String aSession = GroupSessions.sessionOf(facilitator, groupId, ward.a);
        String bSession = GroupSessions.sessionOf(facilitator, groupId, ward.b);
        facilitator.request().get(SESSIONS + bSession).then()
                .body("status", equalTo("cancelled"), "cancellationReason", equalTo("isolation"));

        String goal = SessionFixtures.percentGoal(ward.a);
        Map<String, Object> own = participantSession(goal);
        facilitator.request().header("If-Match", "\"0\"").body(own).put(SESSIONS + aSession).then()
                .statusCode(Status.OK.getStatusCode())
                .body("measurements[0].goalId", equalTo(goal), "scores[0].scale", equalTo("anxiety-nrs"),
                        "groupSessionId", equalTo(groupId));
        facilitator.request().get(SESSIONS + bSession).then().body("measurements", hasSize(0), "scores", hasSize(0));

        // What the group shares is changed once, on the group: a participant's session refuses it.
        Map<String, Object> moved = participantSession(goal);
        moved.put("startsAt", "2025-06-10T11:00:00-04:00");
        moved.put("setting", "bedside");
        facilitator.request().header("If-Match", "\"1\"").body(moved).put(SESSIONS + aSession).then()
                .statusCode(422).body("violations.field", containsInAnyOrder("startsAt", "setting"));

        writeAndSign(aSession, "Aria kept the beat on the frame drum.");
        facilitator.request().get(GroupSessions.PATH + "/" + groupId).then()
                .body("participants.find { it.clientId == '" + ward.a + "' }.noteStatus", equalTo("signed"))
                .body("participants.find { it.clientId == '" + ward.b + "' }.noteStatus", equalTo("none"));
    }

    @Test
    void shouldNeverShowOneChildsTeamAnythingOfAnotherParticipant() {
        Ward ward = new Ward();
        Map<String, Object> body = GroupSessions.completed(START, ward.a, ward.b);
        body.put("facilitatorIds", List.of(ward.aTherapist.staffId()));
        String groupId = GroupSessions.create(facilitator, body);
        String aSession = GroupSessions.sessionOf(facilitator, groupId, ward.a);
        String bSession = GroupSessions.sessionOf(facilitator, groupId, ward.b);
        String bGoal = SessionFixtures.percentGoal(ward.b);
        facilitator.request().header("If-Match", "\"0\"").body(participantSession(bGoal)).put(SESSIONS + bSession).then()
                .statusCode(Status.OK.getStatusCode());
        String bNote = "BRUNO-ONLY Bruno cried when the drum was taken away";
        writeAndSign(bSession, bNote);
        writeAndSign(aSession, "Aria led the call and response.");
        List<String> secrets = ward.bSecrets(bSession, bGoal, bNote);

        for (Api member : List.of(ward.aTherapist, ward.aCcls)) {
            String group = member.request().get(GroupSessions.PATH + "/" + groupId).then().statusCode(Status.OK.getStatusCode())
                    .body("participants.clientId", equalTo(List.of(ward.a)), "otherParticipants", equalTo(1))
                    .extract().asString();
            assertThat(group).doesNotContain(secrets);
            String list = member.request().queryParam("limit", 100).get(GroupSessions.PATH).then()
                    .statusCode(Status.OK.getStatusCode()).body("items.id", hasItem(groupId)).extract().asString();
            assertThat(list).doesNotContain(secrets);
            member.request().get(SESSIONS + bSession).then().statusCode(Status.NOT_FOUND.getStatusCode());
            member.request().get(SESSIONS + bSession + "/note").then().statusCode(Status.NOT_FOUND.getStatusCode());
            member.request().get(CLIENTS + ward.b + "/sessions").then().statusCode(Status.NOT_FOUND.getStatusCode());
            assertThat(member.request().get(SESSIONS + aSession).then().statusCode(Status.OK.getStatusCode()).extract()
                    .asString()).doesNotContain(secrets);
            assertThat(member.request().get(CLIENTS + ward.a + "/sessions").then().statusCode(Status.OK.getStatusCode())
                    .extract().asString()).doesNotContain(secrets);
            assertThat(member.request().get(SESSIONS + aSession + "/note").then().statusCode(Status.OK.getStatusCode())
                    .extract().asString()).doesNotContain(secrets);
            assertThat(member.request().get(CLIENTS + ward.a + "/progress-report").then()
                    .statusCode(Status.OK.getStatusCode()).extract().asString()).doesNotContain(secrets);
            assertThat(member.request().accept("application/fhir+json").get("/fhir/r4/Patient/" + ward.a + "/$everything")
                    .then().statusCode(Status.OK.getStatusCode()).extract().asString()).doesNotContain(secrets);
        }
        // A co-facilitator on A's team only: the day and the worklist show A's session, never B's.
        String agenda = ward.aTherapist.request().queryParam("date", "2025-06-10").get("/api/v1/agenda").then()
                .statusCode(Status.OK.getStatusCode()).body("items.sessionId", equalTo(List.of(aSession)))
                .extract().asString();
        assertThat(agenda).doesNotContain(secrets);
        assertThat(ward.aTherapist.request().get("/api/v1/worklist/unsigned-notes").then()
                .statusCode(Status.OK.getStatusCode()).extract().asString()).doesNotContain(secrets);
        // Supervisors read everything, and even their export of A names no other participant.
        supervisor.request().get(GroupSessions.PATH + "/" + groupId).then()
                .body("participants", hasSize(2), "otherParticipants", equalTo(0));
        assertThat(supervisor.request().accept("application/fhir+json").get("/fhir/r4/Patient/" + ward.a + "/$everything")
                .then().statusCode(Status.OK.getStatusCode()).extract().asString()).doesNotContain(secrets);
    }

    @Test
    void shouldHideGroupSessionFromCallersWhoReachNoParticipant() {
        Ward ward = new Ward();
        String groupId = GroupSessions.create(facilitator, GroupSessions.completed(START, ward.b));
        for (Api outsider : List.of(ward.aTherapist, ward.aCcls, Api.newTherapist())) {
            outsider.request().get(GroupSessions.PATH + "/" + groupId).then()
                    .statusCode(Status.NOT_FOUND.getStatusCode()).contentType("application/problem+json");
            assertThat(outsider.request().queryParam("limit", 100).get(GroupSessions.PATH).then()
                    .statusCode(Status.OK.getStatusCode()).extract().<List<String>>path("items.id")).doesNotContain(groupId);
        }
        Api.newIntegration().request().get(GroupSessions.PATH + "/" + groupId).then()
                .statusCode(Status.OK.getStatusCode()).body("participants.clientId", equalTo(List.of(ward.b)));
    }

    @Test
    void shouldRequireTheCallerOnEveryParticipantsCareTeam() {
        Ward ward = new Ward();
        // A therapist of A only cannot put B in a group: B is not found, and nothing is made for A either.
        ward.aTherapist.request().body(GroupSessions.completed(START, ward.a, ward.b)).post(GroupSessions.PATH).then()
                .statusCode(Status.NOT_FOUND.getStatusCode()).contentType("application/problem+json");
        ward.aTherapist.request().get(CLIENTS + ward.a + "/sessions").then().body("items", hasSize(0));
        ward.aCcls.request().body(GroupSessions.completed(START, ward.a)).post(GroupSessions.PATH).then()
                .statusCode(Status.FORBIDDEN.getStatusCode());
        supervisor.request().body(GroupSessions.completed(START, ward.a)).post(GroupSessions.PATH).then()
                .statusCode(Status.FORBIDDEN.getStatusCode());

        // Changing the group writes every child's record: a therapist of A only is refused.
        String groupId = GroupSessions.create(facilitator, GroupSessions.completed(START, ward.a, ward.b));
        ward.aTherapist.request().header("If-Match", "\"0\"").body(GroupSessions.shared(START, 50))
                .put(GroupSessions.PATH + "/" + groupId).then().statusCode(Status.FORBIDDEN.getStatusCode());
    }

    @Test
    void shouldPassSharedChangesToEveryParticipantUntilANoteIsSigned() {
        Ward ward = new Ward();
        String groupId = GroupSessions.create(facilitator, GroupSessions.completed(START, ward.a, ward.b));
        Map<String, Object> change = GroupSessions.shared(START, 50);
        change.put("setting", "group-room");
        facilitator.request().body(change).put(GroupSessions.PATH + "/" + groupId).then()
                .statusCode(Status.PRECONDITION_REQUIRED.getStatusCode());
        facilitator.request().header("If-Match", "\"0\"").body(change).put(GroupSessions.PATH + "/" + groupId).then()
                .statusCode(Status.OK.getStatusCode())
                .body("endsAt", equalTo("2025-06-10T10:50:00-04:00"), "setting", equalTo("group-room"));
        String etag = facilitator.request().get(GroupSessions.PATH + "/" + groupId).then().extract().header("ETag");
        assertThat(etag).isNotEqualTo("\"0\"");
        for (String child : List.of(ward.a, ward.b)) {
            facilitator.request().get(SESSIONS + GroupSessions.sessionOf(facilitator, groupId, child)).then()
                    .body("endsAt", equalTo("2025-06-10T10:50:00-04:00"), "setting", equalTo("group-room"));
        }
        facilitator.request().header("If-Match", "\"0\"").body(change).put(GroupSessions.PATH + "/" + groupId).then()
                .statusCode(Status.PRECONDITION_FAILED.getStatusCode());

        writeAndSign(GroupSessions.sessionOf(facilitator, groupId, ward.b), "Signed first.");
        facilitator.request().header("If-Match", etag).body(GroupSessions.shared(START, 55))
                .put(GroupSessions.PATH + "/" + groupId).then().statusCode(Status.CONFLICT.getStatusCode())
                .contentType("application/problem+json");
        facilitator.request().get(SESSIONS + GroupSessions.sessionOf(facilitator, groupId, ward.a)).then()
                .body("endsAt", equalTo("2025-06-10T10:50:00-04:00"));
    }

    @Test
    void shouldRefuseInvalidGroupSessionsWithEveryProblemAtOnce() {
        Ward ward = new Ward();
        Map<String, Object> body = GroupSessions.completed(START, ward.a, ward.a);
        body.put("participants", List.of(GroupSessions.participant(ward.a, "completed", "asleep"),
                GroupSessions.participant(ward.a, "no-show", null),
                GroupSessions.participant(ward.b, "cancelled", null)));
        body.put("facilitatorIds", List.of(UUID.randomUUID().toString(), ward.aCcls.staffId()));
        body.put("endsAt", "2025-06-10T09:00:00-04:00");
        facilitator.request().body(body).post(GroupSessions.PATH).then().statusCode(422)
                .contentType("application/problem+json")
                .body("violations.field", containsInAnyOrder("endsAt", "participants[0].cancellationReason",
                        "participants[1].clientId", "participants[1].cancellationReason",
                        "participants[2].cancellationReason", "facilitatorIds[0]", "facilitatorIds[1]"));

        Map<String, Object> empty = GroupSessions.shared(START, 45);
        empty.put("participants", List.of());
        facilitator.request().body(empty).post(GroupSessions.PATH).then().statusCode(422)
                .body("violations.field", hasItem("participants"));

        // A group participant's session is made through the group, never alone.
        Map<String, Object> alone = SessionFixtures.completed(START);
        alone.put("kind", "group");
        facilitator.request().body(alone).post(CLIENTS + ward.a + "/sessions").then().statusCode(422)
                .body("violations.field", equalTo(List.of("kind")));
        facilitator.request().get(GroupSessions.PATH + "/" + UUID.randomUUID()).then()
                .statusCode(Status.NOT_FOUND.getStatusCode());
    }

    private Map<String, Object> participantSession(String goalId) {
        Map<String, Object> body = SessionFixtures.completed(START);
        body.put("endsAt", "2025-06-10T10:45:00-04:00");
        body.put("setting", "playroom");
        body.put("kind", "group");
        body.put("interventions", List.of(SessionFixtures.intervention("drumming"), SessionFixtures.intervention("songwriting")));
        body.put("measurements", List.of(SessionFixtures.measurement(goalId, 70)));
        return body;
    }

    private void writeAndSign(String sessionId, String text) {
        facilitator.request().body(Map.of("format", "narrative", "narrative", text)).put(SESSIONS + sessionId + "/note").then()
                .statusCode(Status.CREATED.getStatusCode());
        facilitator.request().post(SESSIONS + sessionId + "/note/sign").then().statusCode(Status.OK.getStatusCode());
    }

    private void join(String clientId, Api member, String role) {
        supervisor.request().body(Map.of("staffId", member.staffId(), "role", role)).post(CLIENTS + clientId + "/care-team")
                .then().statusCode(Status.CREATED.getStatusCode());
    }

    @SuppressWarnings("unchecked")
    private static String mrn(Map<String, Object> client) {
        return (String) ((List<Map<String, Object>>) client.get("identifiers")).get(0).get("value");
    }
}
