package app.cadence.correction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import app.cadence.assessment.Assessments;
import app.cadence.assessment.CareTeams;
import app.cadence.goal.Goals;
import app.cadence.session.SessionFixtures;
import app.cadence.support.Api;
import app.cadence.support.Sql;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * Corrections without deletion (issue 13, item 6), through the API: a session, a goal and an
 * assessment documented by mistake are marked entered-in-error with a reason. They leave lists,
 * goal progress, the progress and outcome reports and FHIR; supervisors still read them by id
 * with the marking, everyone else gets 404.
 */
@QuarkusTest
class CorrectionsTest {

    private static final String SESSIONS = "/api/v1/sessions/";
    private static final String GOALS = "/api/v1/goals/";
    private static final String ASSESSMENTS = "/api/v1/assessments/";
    private static final OffsetDateTime LAST_WEEK = OffsetDateTime.now(ZoneOffset.UTC).minusDays(7)
            .truncatedTo(ChronoUnit.HOURS);
    private static final String REASON = "Documented under the wrong child: this session was Noah's.";

    private static final Api therapist = Api.newTherapist();
    private static final Api ccls = Api.newChildLifeSpecialist();
    private static final Api supervisor = Api.newSupervisor();
    private static final Api integration = Api.newIntegration();
    private static final Api offTeamTherapist = Api.newTherapist();

    private static String clientId;
    private static String goalId;
    private static String mistakenGoalId;
    private static String keptSessionId;
    private static String mistakenSessionId;
    private static String keptAssessmentId;
    private static String mistakenAssessmentId;
    private static JsonPath marking;

    /** Once for the class, after the application has started. */
    @BeforeEach
    void documentOnce() {
        synchronized (CorrectionsTest.class) {
            if (marking == null) {
                documentACourseWithMistakes();
            }
        }
    }

    private static void documentACourseWithMistakes() {
        clientId = CareTeams.activeClient(therapist);
        CareTeams.join(clientId, ccls, "child-life-specialist");
        goalId = Goals.create(therapist, clientId, Goals.withStatus(Goals.percent(), "active"));
        mistakenGoalId = Goals.create(therapist, clientId, Goals.withStatus(Goals.percent(), "active"));
        keptSessionId = signedSession(LAST_WEEK, List.of(SessionFixtures.measurement(goalId, 60)));
        mistakenSessionId = signedSession(LAST_WEEK.plusDays(1), List.of(SessionFixtures.measurement(goalId, 90),
                SessionFixtures.measurement(mistakenGoalId, 80)));
        keptAssessmentId = Assessments.create(therapist, clientId);
        therapist.request().post(ASSESSMENTS + keptAssessmentId + "/finalize").then().statusCode(200);
        mistakenAssessmentId = Assessments.create(therapist, clientId);

        marking = therapist.request().body(Map.of("reason", REASON)).post(SESSIONS + mistakenSessionId + "/entered-in-error")
                .then().statusCode(200).extract().jsonPath();
        therapist.request().body(Map.of("reason", "Set for the wrong child"))
                .post(GOALS + mistakenGoalId + "/entered-in-error").then().statusCode(200)
                .body("enteredInError.reason", containsString("wrong child"));
        supervisor.request().body(Map.of("reason", "Duplicate of the initial assessment"))
                .post(ASSESSMENTS + mistakenAssessmentId + "/entered-in-error").then().statusCode(200)
                .body("enteredInError.reason", containsString("Duplicate"));
    }

    private static String signedSession(OffsetDateTime startsAt, List<Map<String, Object>> measurements) {
        Map<String, Object> body = SessionFixtures.completed(startsAt.toString());
        body.put("measurements", measurements);
        String sessionId = SessionFixtures.create(therapist, clientId, body);
        Map<String, Object> note = new LinkedHashMap<>();
        note.put("format", "soap");
        note.put("subjective", "Anxious before the dressing change");
        note.put("objective", "Sang the chorus");
        note.put("assessment", "Coping song taking hold");
        note.put("plan", "Continue three times a week");
        therapist.request().body(note).put(SESSIONS + sessionId + "/note").then().statusCode(201);
        therapist.request().post(SESSIONS + sessionId + "/note/sign").then().statusCode(200);
        return sessionId;
    }

    @Test
    void shouldAnswerTheMarkedSessionWithItsMarkingAndLeaveTheSignedNoteAsSigned() {
        assertThat(marking.getString("id")).isEqualTo(mistakenSessionId);
        assertThat(marking.getString("enteredInError.reason")).isEqualTo(REASON);
        assertThat(marking.getString("enteredInError.by")).isEqualTo(therapist.staffId());
        assertThat(OffsetDateTime.parse(marking.getString("enteredInError.at")))
                .isBetween(OffsetDateTime.now().minusMinutes(10), OffsetDateTime.now().plusMinutes(1));
        assertThat(marking.getString("noteStatus")).isEqualTo("signed");
        // The signed note is untouched: still signed, still read by the supervisor.
        supervisor.request().get(SESSIONS + mistakenSessionId + "/note").then().statusCode(200)
                .body("status", org.hamcrest.Matchers.equalTo("signed"));
        assertThat(Sql.count("select count(*) from entered_in_error where record_type = 'session' and record_id = ?",
                java.util.UUID.fromString(mistakenSessionId))).isEqualTo(1);
    }

    @Test
    void shouldLetSupervisorsAloneReadMarkedRecordsById() {
        JsonPath session = supervisor.request().get(SESSIONS + mistakenSessionId).then().statusCode(200).extract().jsonPath();
        assertThat(session.getString("enteredInError.reason")).isEqualTo(REASON);
        supervisor.request().get(GOALS + mistakenGoalId).then().statusCode(200)
                .body("enteredInError.by", org.hamcrest.Matchers.equalTo(therapist.staffId()));
        supervisor.request().get(ASSESSMENTS + mistakenAssessmentId).then().statusCode(200)
                .body("enteredInError.by", org.hamcrest.Matchers.equalTo(supervisor.staffId()));
        // An unmarked record shows no marking at all.
        assertThat(supervisor.request().get(SESSIONS + keptSessionId).then().statusCode(200).extract().jsonPath()
                .getMap("$")).doesNotContainKey("enteredInError");

        for (Api reader : List.of(therapist, ccls, integration)) {
            reader.request().get(SESSIONS + mistakenSessionId).then().statusCode(404);
            reader.request().get(SESSIONS + mistakenSessionId + "/note").then().statusCode(404);
            reader.request().get(GOALS + mistakenGoalId).then().statusCode(404);
            reader.request().get(GOALS + mistakenGoalId + "/progress").then().statusCode(404);
        }
        therapist.request().get(ASSESSMENTS + mistakenAssessmentId).then().statusCode(404);
        ccls.request().get(ASSESSMENTS + mistakenAssessmentId).then().statusCode(404);
        // Nor can the team change a marked record, or add to its note.
        ccls.request().body(Map.of("text", "Seen later on the unit")).post(SESSIONS + mistakenSessionId + "/note/addenda")
                .then().statusCode(404);
        therapist.request().header("If-Match", "\"0\"").body(SessionFixtures.completed(LAST_WEEK.toString()))
                .put(SESSIONS + mistakenSessionId).then().statusCode(404);
    }

    @Test
    void shouldLeaveMarkedRecordsOutOfLists() {
        assertThat(therapist.request().get("/api/v1/clients/" + clientId + "/sessions").then().statusCode(200)
                .extract().jsonPath().getList("items.id")).containsExactly(keptSessionId);
        assertThat(supervisor.request().get("/api/v1/clients/" + clientId + "/goals").then().statusCode(200)
                .extract().jsonPath().getList("items.id")).containsExactly(goalId);
        assertThat(therapist.request().get("/api/v1/clients/" + clientId + "/assessments").then().statusCode(200)
                .extract().jsonPath().getList("items.id")).containsExactly(keptAssessmentId);
    }

    @Test
    void shouldLeaveTheMarkedSessionOutOfGoalProgress() {
        JsonPath progress = therapist.request().get(GOALS + goalId + "/progress").then().statusCode(200).extract().jsonPath();
        assertThat(progress.getList("measurements.sessionId")).containsExactly(keptSessionId);
        assertThat(progress.getList("measurements.value", Number.class)).extracting(Number::intValue).containsExactly(60);
    }

    @Test
    void shouldLeaveMarkedRecordsOutOfTheProgressReport() {
        JsonPath report = therapist.request().queryParam("from", LAST_WEEK.minusDays(3).toLocalDate().toString())
                .queryParam("to", LocalDate.now(ZoneOffset.UTC).toString())
                .get("/api/v1/clients/" + clientId + "/progress-report").then().statusCode(200).extract().jsonPath();
        assertThat(report.getLong("sessions.delivered")).isEqualTo(1);
        assertThat(report.getList("goals.id")).containsExactly(goalId);
        assertThat(report.prettify()).doesNotContain(mistakenSessionId).doesNotContain(mistakenGoalId)
                .doesNotContain(mistakenAssessmentId);
    }

    @Test
    void shouldLeaveMarkedRecordsOutOfTheOutcomeReport() {
        // The therapist's own report covers only the sessions they delivered: this test's.
        JsonPath report = therapist.request().queryParam("from", LAST_WEEK.minusDays(3).toLocalDate().toString())
                .queryParam("to", LocalDate.now(ZoneOffset.UTC).toString())
                .get("/api/v1/reports/outcomes").then().statusCode(200).extract().jsonPath();
        assertThat(report.getLong("total.sessions.completed.value")).isEqualTo(1);
        assertThat(report.getLong("total.goals.set.value")).isEqualTo(1);
    }

    @Test
    void shouldLeaveMarkedRecordsOutOfFhir() {
        String everything = integration.request().get("/fhir/r4/Patient/" + clientId + "/$everything").then()
                .statusCode(200).extract().asString();
        assertThat(everything).contains(keptSessionId).contains(goalId)
                .doesNotContain(mistakenSessionId).doesNotContain(mistakenGoalId);
    }

    @Test
    void shouldRequireAReasonAndStoreNothingWithout() {
        for (Map<String, Object> body : List.of(Map.<String, Object>of(), Map.<String, Object>of("reason", "  "),
                Map.<String, Object>of("reason", "x".repeat(EnteredInErrorRequest.MAX_REASON + 1)))) {
            therapist.request().body(body).post(SESSIONS + keptSessionId + "/entered-in-error").then().statusCode(422)
                    .contentType(containsString("application/problem+json"))
                    .body(containsString("reason"));
        }
        assertThat(Sql.count("select count(*) from entered_in_error where record_id = ?",
                java.util.UUID.fromString(keptSessionId))).isZero();
        therapist.request().get(SESSIONS + keptSessionId).then().statusCode(200);
    }

    @Test
    void shouldRefuseRolesThatDoNotCorrectAndHideTheRecordOffTheTeam() {
        Map<String, Object> body = Map.of("reason", REASON);
        for (String path : List.of(SESSIONS + keptSessionId, GOALS + goalId, ASSESSMENTS + keptAssessmentId)) {
            ccls.request().body(body).post(path + "/entered-in-error").then().statusCode(403);
            integration.request().body(body).post(path + "/entered-in-error").then().statusCode(403);
            offTeamTherapist.request().body(body).post(path + "/entered-in-error").then().statusCode(404);
        }
        assertThat(Sql.count("select count(*) from entered_in_error where record_id in (?, ?, ?)",
                java.util.UUID.fromString(keptSessionId), java.util.UUID.fromString(goalId),
                java.util.UUID.fromString(keptAssessmentId))).isZero();
    }

    @Test
    void shouldAnswerASecondMarkingWithConflict() {
        Map<String, Object> body = Map.of("reason", "Marked again");
        supervisor.request().body(body).post(SESSIONS + mistakenSessionId + "/entered-in-error").then().statusCode(409);
        therapist.request().body(body).post(SESSIONS + mistakenSessionId + "/entered-in-error").then().statusCode(409);
        therapist.request().body(body).post(GOALS + mistakenGoalId + "/entered-in-error").then().statusCode(409);
        supervisor.request().body(body).post(ASSESSMENTS + mistakenAssessmentId + "/entered-in-error").then()
                .statusCode(409);
        // The first marking stands.
        supervisor.request().get(SESSIONS + mistakenSessionId).then().statusCode(200)
                .body("enteredInError.reason", org.hamcrest.Matchers.equalTo(REASON));
    }
}
