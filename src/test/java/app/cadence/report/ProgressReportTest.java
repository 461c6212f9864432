package app.cadence.report;

import static app.cadence.report.CourseOfTherapy.ASSESSMENT_SUMMARY;
import static app.cadence.report.CourseOfTherapy.DRAFT_PLAN;
import static app.cadence.report.CourseOfTherapy.DRAFT_SUMMARY;
import static app.cadence.report.CourseOfTherapy.G1_STATEMENT;
import static app.cadence.report.CourseOfTherapy.G2_STATEMENT;
import static app.cadence.report.CourseOfTherapy.SIGNED_PLAN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.core.Response.Status;

import org.junit.jupiter.api.Test;

import app.cadence.support.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.path.json.config.JsonPathConfig.NumberReturnType;

/**
 * The progress report of {@link CourseOfTherapy}, every figure worked out by hand from its table.
 * Only S1–S6 are signed: S7's draft note keeps S7 (and its measurements, scores and plan) out,
 * S8 was cancelled.
 */
@QuarkusTest
class ProgressReportTest {

    private static final Api SUPERVISOR = Api.newSupervisor();
    private static CourseOfTherapy course;

    static synchronized CourseOfTherapy course() {
        if (course == null) {
            course = new CourseOfTherapy(SUPERVISOR, "Riverside Children's Hospital");
        }
        return course;
    }

    static JsonPath autumn(Api caller) {
        return caller.request().queryParam("from", "2026-09-01").queryParam("to", "2026-10-31").get(course().report())
                .then().statusCode(Status.OK.getStatusCode()).extract().jsonPath()
                .using(new JsonPathConfig(NumberReturnType.DOUBLE));
    }

    @Test
    void shouldReportHeaderReferralAssessmentAndSessionsOfSignedDocumentation() {
        JsonPath report = autumn(course().therapist);
        assertThat(report.getString("client.givenName")).isEqualTo("Mila");
        assertThat(report.getString("client.mrn")).startsWith("MRN-");
        assertThat(report.getString("client.unit")).isEqualTo("PICU");
        assertThat(report.getList("careTeam.name")).containsExactly("Maya Lindgren", "Jordan Price");
        assertThat(report.getList("careTeam.role")).containsExactly("primary-therapist", "child-life-specialist");
        assertThat(report.getMap("period")).containsEntry("from", "2026-09-01").containsEntry("to", "2026-10-31")
                .containsEntry("timeZone", "America/New_York").containsEntry("basis", "requested");
        assertThat(report.getList("referral.reasons")).containsExactly("anxiety", "pain");
        assertThat(report.getString("referral.receivedOn")).isEqualTo("2026-09-04");
        assertThat(report.getString("referral.acceptedOn")).isEqualTo("2026-09-07");
        // The draft reassessment of 20 Oct is not final: the initial assessment is the latest final one.
        assertThat(report.getString("assessment.summary")).isEqualTo(ASSESSMENT_SUMMARY);
        assertThat(report.getString("assessment.kind")).isEqualTo("initial");

        // S1–S6: 40+45+30+40+45+40 = 240 minutes; bedside S1 S2 S4 S6 = 165, playroom S3 S5 = 75;
        // individual S1 S3 S4 S6 = 150, family S2 S5 = 90; family present S1 S2 S4 S5. S6 starts at
        // 01:00 UTC on 20 Oct: 19 Oct in New York. S7 awaits its signature.
        assertThat(report.getLong("sessions.delivered")).isEqualTo(6);
        assertThat(report.getLong("sessions.minutes")).isEqualTo(240);
        assertThat(report.getString("sessions.first")).isEqualTo("2026-09-09");
        assertThat(report.getString("sessions.last")).isEqualTo("2026-10-19");
        assertThat(report.getLong("sessions.withFamilyPresent")).isEqualTo(4);
        assertThat(report.getList("sessions.bySetting")).containsExactly(
                Map.of("code", "bedside", "sessions", 4, "minutes", 165),
                Map.of("code", "playroom", "sessions", 2, "minutes", 75));
        assertThat(report.getList("sessions.byKind")).containsExactly(
                Map.of("code", "individual", "sessions", 4, "minutes", 150),
                Map.of("code", "family", "sessions", 2, "minutes", 90));
        assertThat(report.getLong("sessions.awaitingSignedNote")).isEqualTo(1);

        // Singing: song-for-procedural-support S1 15 + S4 20, song-choice S2 10 + S5 10, therapeutic-singing
        // S1 10 (S7's is a draft) = 5 uses, 65 min; creating: instrument-play 20, lyric-substitution 15,
        // songwriting 30 = 3 uses, 65 min; listening: music-assisted-relaxation S2 20 + S6 25 = 2 uses, 45 min.
        assertThat(report.getList("interventions.category")).containsExactly("singing", "creating", "listening");
        assertThat(report.getList("interventions.uses")).containsExactly(5, 3, 2);
        assertThat(report.getList("interventions.minutes")).containsExactly(65, 65, 45);
        assertThat(report.getList("interventions[0].interventions.code")).containsExactly("song-choice",
                "song-for-procedural-support", "therapeutic-singing");
        assertThat(report.getList("interventions[0].interventions.minutes")).containsExactly(20, 35, 10);
    }

    @Test
    void shouldReportPrePostChangePerScaleAndTheLatestSignedPlan() {
        JsonPath report = autumn(course().therapist);
        // anxiety (lower is better): 7→3 6→3 8→4 5→5 6→2 4→2: pre 36/6 = 6, post 19/6, change −17/6,
        // improved 5 of 6 (5→5 is unchanged). pain: 5→3 4→2 3→3: pre 4, post 8/3, change −4/3, improved 2 of 3.
        assertThat(report.getList("scales.scale")).containsExactly("anxiety-nrs", "pain-nrs");
        assertScale(report, 0, 6, 6.0, 19 / 6.0, -17 / 6.0, 5, 5 / 6.0);
        assertScale(report, 1, 3, 4.0, 8 / 3.0, -4 / 3.0, 2, 2 / 3.0);
        assertThat(report.getBoolean("scales[0].lowerIsBetter")).isTrue();
        // S7's newer plan is a draft; S6's signed plan is the latest.
        assertThat(report.getString("latestSignedPlan.plan")).isEqualTo(SIGNED_PLAN);
        assertThat(report.getString("latestSignedPlan.sessionDate")).isEqualTo("2026-10-19");
        assertThat(report.getString("latestSignedPlan.signedBy")).isEqualTo("Maya Lindgren, MT-BC");
        assertThat(report.getString("discharge")).isNull();
        assertThat(report.getString("generatedBy.name")).isEqualTo("Maya Lindgren");
    }

    @Test
    void shouldFollowEachGoalWithTrendAndCriterionFromSignedMeasurements() {
        JsonPath report = autumn(course().therapist);
        // The proposed goal G3 is not part of the plan yet.
        assertThat(report.getList("goals.statement")).containsExactly(G1_STATEMENT, G2_STATEMENT);
        // G1: 40 55 70 85 90 85 against 80 in 2 sessions: 85, 90, 85 reach it, so the run is 3 and the
        // criterion was met at its 2nd session, S5 on 5 Oct. S7's 20 is a draft and does not count.
        assertThat(report.getList("goals[0].measurements.value")).containsExactly(40, 55, 70, 85, 90, 85);
        assertThat(report.getList("goals[0].measurements.reachedTarget")).containsExactly(false, false, false, true,
                true, true);
        assertThat(report.getList("goals[0].measurements.date")).containsExactly("2026-09-09", "2026-09-14",
                "2026-09-21", "2026-09-28", "2026-10-05", "2026-10-19");
        assertThat(report.getDouble("goals[0].latest.value")).isEqualTo(85.0);
        assertThat(report.getString("goals[0].trend")).isEqualTo("improving");
        assertThat(report.getMap("goals[0].criterion")).containsEntry("consecutiveSessionsRequired", 2)
                .containsEntry("met", true).containsEntry("since", "2026-10-05").containsEntry("consecutiveSessions", 3);
        // G2: 1 1 2 2 3 3 against 3 in 3 sessions: a run of 2 so far.
        assertThat(report.getString("goals[1].trend")).isEqualTo("improving");
        assertThat(report.getMap("goals[1].criterion")).containsEntry("consecutiveSessionsRequired", 3)
                .containsEntry("met", false).containsEntry("consecutiveSessions", 2).doesNotContainKey("since");
        assertThat(report.getString("goals[1].measure.type")).isEqualTo("count");
    }

    @Test
    void shouldNeverShowDraftText() {
        String json = course().therapist.request().queryParam("from", "2026-09-01").queryParam("to", "2026-10-31")
                .get(course().report()).then().statusCode(200).extract().asString();
        assertThat(json).doesNotContain(DRAFT_PLAN, DRAFT_SUMMARY, "Said she was scared", "Sang the chorus");
    }

    @Test
    void shouldCoverTheCurrentEpisodeOfCareByDefault() {
        JsonPath report = course().ccls.request().get(course().report()).then().statusCode(200).extract().jsonPath();
        // From the accepted referral (7 Sep, New York) to today.
        assertThat(report.getMap("period")).containsEntry("from", "2026-09-07")
                .containsEntry("to", LocalDate.now(ZoneId.of("America/New_York")).toString())
                .containsEntry("basis", "episode");
        assertThat(report.getLong("sessions.delivered")).isEqualTo(6);
    }

    @Test
    void shouldEndTheEpisodeAtDischargeAndSummariseIt() {
        CourseOfTherapy discharged = new CourseOfTherapy(SUPERVISOR, "Riverside Children's Hospital");
        discharged.therapist.request().body(Map.of("reason", "goals-met", "dischargedOn", "2026-10-30",
                "goalOutcomes", List.of(
                        Map.of("goalId", discharged.g1, "status", "achieved", "comment", "Uses her song on her own"),
                        Map.of("goalId", discharged.g2, "status", "discontinued"),
                        Map.of("goalId", discharged.g3, "status", "discontinued")),
                "recommendations", "Keep singing the coping song before dressing changes at home."))
                .post("/api/v1/clients/" + discharged.clientId + "/discharge").then().statusCode(201);

        JsonPath report = discharged.therapist.request().get(discharged.report()).then().statusCode(200).extract()
                .jsonPath();
        assertThat(report.getMap("period")).containsEntry("from", "2026-09-07").containsEntry("to", "2026-10-30")
                .containsEntry("basis", "episode");
        assertThat(report.getString("client.status")).isEqualTo("discharged");
        assertThat(report.getMap("discharge")).containsEntry("dischargedOn", "2026-10-30")
                .containsEntry("reason", "goals-met").containsEntry("dischargedBy", "Maya Lindgren, MT-BC")
                .containsEntry("recommendations", "Keep singing the coping song before dressing changes at home.");
        assertThat(report.getList("discharge.goalOutcomes.statement")).contains(G1_STATEMENT, G2_STATEMENT);
        assertThat(report.getList("discharge.goalOutcomes.status")).contains("achieved", "discontinued");
        assertThat(report.getList("goals.status")).contains("achieved");
    }

    @Test
    void shouldAnswerOffTeamCallersAsIfTheClientDidNotExist() {
        String path = course().report();
        for (Api outsider : List.of(Api.newTherapist(), Api.newChildLifeSpecialist())) {
            outsider.request().get(path).then().statusCode(Status.NOT_FOUND.getStatusCode())
                    .contentType("application/problem+json");
            outsider.request().accept("application/pdf").get(path).then().statusCode(Status.NOT_FOUND.getStatusCode())
                    .contentType("application/problem+json");
        }
        Api.newTherapist().request().get("/api/v1/clients/" + java.util.UUID.randomUUID() + "/progress-report").then()
                .statusCode(Status.NOT_FOUND.getStatusCode());
        for (Api reader : List.of(SUPERVISOR, Api.newIntegration(), course().ccls)) {
            reader.request().queryParam("from", "2026-09-01").queryParam("to", "2026-10-31").get(path).then()
                    .statusCode(Status.OK.getStatusCode());
        }
    }

    @Test
    void shouldAnswerUnreadablePeriodsWith422() {
        course().therapist.request().queryParam("from", "1 Sep").get(course().report()).then().statusCode(422)
                .body("violations[0].field", org.hamcrest.Matchers.equalTo("from"));
        course().therapist.request().queryParam("from", "2026-10-01").queryParam("to", "2026-09-01")
                .get(course().report()).then().statusCode(422);
    }

    private static void assertScale(JsonPath report, int index, long pairs, double meanPre, double meanPost,
            double meanChange, long improved, double share) {
        String at = "scales[" + index + "].";
        assertThat(report.getLong(at + "pairs")).isEqualTo(pairs);
        assertThat(report.getDouble(at + "meanPre")).isCloseTo(meanPre, within(1e-9));
        assertThat(report.getDouble(at + "meanPost")).isCloseTo(meanPost, within(1e-9));
        assertThat(report.getDouble(at + "meanChange")).isCloseTo(meanChange, within(1e-9));
        assertThat(report.getLong(at + "improved")).isEqualTo(improved);
        assertThat(report.getDouble(at + "shareImproved")).isCloseTo(share, within(1e-9));
    }
}
