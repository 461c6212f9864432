package app.cadence.carecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import app.cadence.support.Api;
import app.cadence.support.Clients;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * A child's whole course of music therapy through the API, as the people doing it would run it:
 * a child life specialist refers an anxious child urgently, a therapist accepts, assesses, sets two
 * goals, documents three sessions (all four intervention categories, goal measurements, pre/post
 * anxiety), signs the notes; the child life specialist adds an observation; a group session in the
 * playroom co-treated by the child life specialist, with Noor's own scores and note; an intern's note
 * is co-signed by the therapist supervising them; a signed note is corrected by a correction addendum;
 * a session documented by mistake is marked entered-in-error; the treatment plan is reviewed; the
 * therapist discharges the child with the goals' outcomes.
 */
@QuarkusTest
class CareCycleScenarioTest {

    private static final OffsetDateTime FIRST_SESSION = OffsetDateTime.now(ZoneOffset.ofHours(-5))
            .minusDays(10).truncatedTo(ChronoUnit.HOURS);

    private final Api ccls = Api.newChildLifeSpecialist();
    private final Api therapist = Api.newTherapist();
    private final Api supervisor = Api.newSupervisor();
    private final Api integration = Api.newIntegration();

    @Test
    void shouldRunAChildsWholeCourseOfTherapy() {
        // 1. The child life specialist refers a new child: anxiety, urgent.
        Map<String, Object> child = Clients.child("Noor", "Haddad");
        JsonPath referral = ccls.request()
                .body(Map.of("client", child, "reasons", List.of("anxiety"), "priority", "urgent",
                        "notes", "Very anxious before dressing changes; calmer with familiar songs"))
                .post("/api/v1/referrals").then().statusCode(201)
                .body("status", equalTo("pending"), "priority", equalTo("urgent"), "reasons", contains("anxiety"))
                .extract().jsonPath();
        String referralId = referral.getString("id");
        String clientId = referral.getString("clientId");
        String client = "/api/v1/clients/" + clientId;
        ccls.request().get(client).then().statusCode(200).body("status", equalTo("referred"));

        // 2. A therapist finds it in the queue and accepts: primary therapist, client active.
        therapist.request().get("/api/v1/referrals?limit=100").then().statusCode(200)
                .body("items.id", hasItem(referralId));
        therapist.request().post("/api/v1/referrals/" + referralId + "/accept").then().statusCode(200)
                .body("status", equalTo("accepted"));
        therapist.request().get(client).then().statusCode(200).body("status", equalTo("active"));
        therapist.request().get(client + "/care-team").then().statusCode(200)
                .body("items.findAll { it.active }.role", containsInAnyOrder("primary-therapist", "child-life-specialist"));

        // 3. Initial assessment, finalized and from then on read-only.
        JsonPath assessment = therapist.request().body(Map.of(
                "assessedOn", FIRST_SESSION.toLocalDate().toString(), "kind", "initial",
                "findings", List.of(
                        Map.of("domain", "emotional", "strengths", "Names feelings with a feelings chart",
                                "needs", "Anticipatory anxiety before dressing changes"),
                        Map.of("domain", "musical", "strengths", "Sings on pitch; loves Moana songs",
                                "needs", "None noted")),
                "summary", "Engaged readily with live guitar; anxiety rose when staff entered.",
                "recommendations", "Three bedside sessions a week; song-based coping plan."))
                .post(client + "/assessments").then().statusCode(201).body("status", equalTo("draft"))
                .extract().jsonPath();
        String assessmentPath = "/api/v1/assessments/" + assessment.getString("id");
        therapist.request().post(assessmentPath + "/finalize").then().statusCode(200).body("status", equalTo("final"));
        therapist.request().header("If-Match", "\"1\"").body(Map.of("assessedOn", FIRST_SESSION.toLocalDate().toString(),
                "kind", "initial")).put(assessmentPath).then().statusCode(409);

        // 4. Two individualized goals, motivated by the assessment.
        String copingGoal = goal(clientId, Map.of("domain", "emotional",
                "statement", "Will use a self-chosen song to cope during dressing changes",
                "measure", Map.of("type", "percent"), "baseline", 30, "target", 80,
                "criterion", Map.of("consecutiveSessions", 2), "status", "active",
                "assessmentId", assessment.getString("id")));
        String engagementGoal = goal(clientId, Map.of("domain", "social",
                "statement", "Will take turns in shared instrument play with a parent",
                "measure", Map.of("type", "gas"), "baseline", -1, "target", 1, "status", "active"));

        // 5. Three sessions: interventions from all four categories, goal measurements, pre/post anxiety.
        List<String> sessions = new ArrayList<>();
        sessions.add(session(clientId, 0, List.of(
                intervention("song-for-procedural-support", "How Far I'll Go", 15),
                intervention("music-assisted-relaxation", null, 10)),
                copingGoal, 50, engagementGoal, -1, 7, 4));
        sessions.add(session(clientId, 1, List.of(
                intervention("movement-to-music", "Shiny", 10),
                intervention("instrument-play", null, 15)),
                copingGoal, 80, engagementGoal, 0, 6, 3));
        sessions.add(session(clientId, 2, List.of(
                intervention("songwriting", null, 20),
                intervention("therapeutic-singing", "You're Welcome", 10)),
                copingGoal, 90, engagementGoal, 1, 5, 2));
        therapist.request().get(client + "/sessions").then().statusCode(200)
                .body("items.id", contains(sessions.get(2), sessions.get(1), sessions.get(0)));
        List<String> categories = new ArrayList<>();
        for (String code : List.of("song-for-procedural-support", "music-assisted-relaxation", "movement-to-music",
                "instrument-play", "songwriting", "therapeutic-singing")) {
            categories.add(therapist.request().get("/api/v1/interventions/" + code).then().statusCode(200)
                    .extract().path("category"));
        }
        assertThat(categories).contains("singing", "moving", "listening", "creating");

        // The unsigned notes wait on the therapist's worklist, oldest first.
        therapist.request().get("/api/v1/worklist/unsigned-notes?limit=100").then().statusCode(200)
                .body("items.sessionId", contains(sessions.toArray()));

        // 6. A SOAP note for each session, signed by its author.
        List<String> hashes = new ArrayList<>();
        for (int i = 0; i < sessions.size(); i++) {
            String note = "/api/v1/sessions/" + sessions.get(i) + "/note";
            therapist.request().body(Map.of("format", "soap",
                    "subjective", "Said she was scared of the bandage change",
                    "objective", "Anxiety " + (7 - i) + "/10 before, " + (4 - i) + "/10 after; sang the chorus",
                    "assessment", "Song-based coping is taking hold",
                    "plan", "Continue three times a week")).put(note).then().statusCode(201);
            hashes.add(therapist.request().post(note + "/sign").then().statusCode(200)
                    .body("status", equalTo("signed"), "contentSha256", matchesPattern("[0-9a-f]{64}"))
                    .extract().path("contentSha256"));
        }
        therapist.request().get("/api/v1/worklist/unsigned-notes?limit=100").then().statusCode(200)
                .body("items.sessionId", not(hasItem(sessions.get(0))));

        // 7. The child life specialist adds an observation to the last note; everyone allowed reads it.
        String lastNote = "/api/v1/sessions/" + sessions.get(2) + "/note";
        ccls.request().body(Map.of("text", "Hummed her song through the next dressing change without distress."))
                .post(lastNote + "/addenda").then().statusCode(201).body("authorRole", equalTo("child-life-specialist"));
        for (Api reader : List.of(therapist, ccls, supervisor, integration)) {
            reader.request().get(lastNote).then().statusCode(200)
                    .body("status", equalTo("signed"), "contentSha256", equalTo(hashes.get(2)), "addenda", hasSize(1));
        }

        // A mistake in a signed note is corrected by a correction addendum; the note stays as signed.
        String secondNote = "/api/v1/sessions/" + sessions.get(1) + "/note";
        therapist.request().body(Map.of("text", "Correction: anxiety after the session was 4/10, not 3/10.",
                "correction", true)).post(secondNote + "/addenda").then().statusCode(201).body("correction", equalTo(true));
        integration.request().get(secondNote).then().statusCode(200)
                .body("contentSha256", equalTo(hashes.get(1)), "addenda.correction", contains(true));

        // 7b. An intern joins the team; their note waits, frozen, until the therapist named on the intern's
        // staff record co-signs it, and only then do the child life specialist and integrations see it.
        Api intern = Api.newTherapist();
        String internStaff = "/api/v1/staff/" + intern.staffId();
        supervisor.request().header("If-Match", supervisor.request().get(internStaff).then().extract().header("ETag"))
                .body(Map.of("requiresCosignature", true, "supervisingTherapistIds", List.of(therapist.staffId())))
                .put(internStaff + "/supervision").then().statusCode(200).body("requiresCosignature", equalTo(true));
        supervisor.request().body(Map.of("staffId", intern.staffId(), "role", "therapist"))
                .post(client + "/care-team").then().statusCode(201);
        String internSession = intern.request()
                .body(sessionBody(3, List.of(intervention("therapeutic-singing", "Shiny", 20)), List.of(), List.of()))
                .post(client + "/sessions").then().statusCode(201).extract().path("id");
        String internNote = "/api/v1/sessions/" + internSession + "/note";
        intern.request().body(Map.of("format", "narrative", "narrative", "Sang Shiny together; calm through the visit."))
                .put(internNote).then().statusCode(201);
        String internHash = intern.request().post(internNote + "/sign").then().statusCode(200)
                .body("status", equalTo("awaiting-cosignature")).extract().path("contentSha256");
        ccls.request().get(internNote).then().statusCode(404);
        therapist.request().get("/api/v1/worklist/cosignatures?limit=100").then().statusCode(200)
                .body("items.sessionId", hasItem(internSession));
        therapist.request().post(internNote + "/cosign").then().statusCode(200)
                .body("status", equalTo("signed"), "contentSha256", equalTo(internHash),
                        "cosignedBy", equalTo(therapist.staffId()), "cosignatureSha256", matchesPattern("[0-9a-f]{64}"));
        ccls.request().get(internNote).then().statusCode(200).body("status", equalTo("signed"));
        therapist.request().get("/api/v1/worklist/cosignatures?limit=100").then().statusCode(200)
                .body("items.sessionId", not(hasItem(internSession)));

        // 7c. The treatment plan, written at the start (three 30-minute sessions a week for both goals), is due
        // for review: the worklist shows it overdue; a supervisor's review revises it and sets the next date.
        LocalDate planStart = FIRST_SESSION.toLocalDate();
        String plan = "/api/v1/treatment-plans/" + therapist.request().body(Map.of("sessionsPerWeek", 3,
                "minutesPerSession", 30, "goalIds", List.of(copingGoal, engagementGoal),
                "startDate", planStart.toString(), "reviewDate", planStart.plusDays(7).toString()))
                .post(client + "/treatment-plans").then().statusCode(201).body("status", equalTo("active"))
                .extract().path("id");
        String planId = plan.substring(plan.lastIndexOf('/') + 1);
        therapist.request().get("/api/v1/worklist/plan-reviews?limit=100").then().statusCode(200)
                .body("items.find { it.planId == '" + planId + "' }.reasons", hasItem("review-overdue"));
        String nextReview = LocalDate.now(ZoneOffset.UTC).plusDays(21).toString();
        supervisor.request().body(Map.of("outcome", "revise", "note", "Add a family session each week",
                "nextReviewDate", nextReview)).post(plan + "/reviews").then().statusCode(201)
                .body("reviewDate", equalTo(nextReview), "reviews[0].outcome", equalTo("revise"));
        therapist.request().get(client + "/progress-report").then().statusCode(200)
                .body("treatmentPlan.planId", equalTo(planId), "treatmentPlan.sessionsPerWeek", equalTo(3),
                        "treatmentPlan.lastReviewOutcome", equalTo("revise"));

        // A signed note and its session never change, whoever asks.
        assertSignedDocumentationIsFrozen(sessions.get(0), hashes.get(0));

        // 7b. A group session in the playroom with another child of the unit, co-treated by the child life
        // specialist; Noor's own session in it gets her own scores and her own signed note.
        String groupSession = groupSession(clientId);
        ccls.request().get("/api/v1/group-sessions/" + groupSession).then().statusCode(200)
                .body("participants.clientId", contains(clientId), "otherParticipants", equalTo(1));

        // 7d. A session documented by mistake (signed, with a low measurement of the coping goal) is marked
        // entered-in-error: the signed record stays as it was, but it leaves the progress report and the goal's
        // progress, and only a supervisor still reads it, with the reason.
        String period = client + "/progress-report?from=" + FIRST_SESSION.toLocalDate().minusDays(1) + "&to="
                + LocalDate.now(ZoneOffset.UTC).plusDays(1);
        long delivered = therapist.request().get(period).then().statusCode(200).extract()
                .jsonPath().getLong("sessions.delivered");
        String mistaken = therapist.request().body(sessionBody(4, List.of(intervention("therapeutic-singing", "Shiny", 20)),
                List.of(Map.of("goalId", copingGoal, "value", 10)), List.of())).post(client + "/sessions").then()
                .statusCode(201).extract().path("id");
        String mistakenNote = "/api/v1/sessions/" + mistaken + "/note";
        therapist.request().body(Map.of("format", "narrative", "narrative", "Documented for the wrong child."))
                .put(mistakenNote).then().statusCode(201);
        therapist.request().post(mistakenNote + "/sign").then().statusCode(200);
        therapist.request().get(period).then().statusCode(200)
                .body("sessions.delivered", equalTo((int) delivered + 1));
        therapist.request().body(Map.of("reason", "Documented under Noor by mistake; it was Sami's session"))
                .post("/api/v1/sessions/" + mistaken + "/entered-in-error").then().statusCode(200)
                .body("enteredInError.by", equalTo(therapist.staffId()), "noteStatus", equalTo("signed"));
        therapist.request().get(period).then().statusCode(200)
                .body("sessions.delivered", equalTo((int) delivered));
        therapist.request().get("/api/v1/sessions/" + mistaken).then().statusCode(404);
        supervisor.request().get("/api/v1/sessions/" + mistaken).then().statusCode(200)
                .body("enteredInError.reason", containsString("Sami's session"));
        therapist.request().get(client + "/sessions?limit=100").then().statusCode(200)
                .body("items.id", not(hasItem(mistaken)));

        // Progress: the coping goal reached 80% in the last two sessions, so its criterion is met.
        therapist.request().get("/api/v1/goals/" + copingGoal + "/progress").then().statusCode(200)
                .body("measurements.value", contains(50, 80, 90), "criterionMet", equalTo(true));

        // 8. Discharge with each goal's outcome; then no new sessions.
        therapist.request().body(Map.of("reason", "goals-met",
                "goalOutcomes", List.of(
                        Map.of("goalId", copingGoal, "status", "achieved", "comment", "Copes with her song on her own"),
                        Map.of("goalId", engagementGoal, "status", "achieved")),
                "recommendations", "Keep the song plan at home; outpatient music therapy offered."))
                .post(client + "/discharge").then().statusCode(201).body("reason", equalTo("goals-met"));
        therapist.request().get(client).then().statusCode(200).body("status", equalTo("discharged"));
        therapist.request().get("/api/v1/goals/" + copingGoal).then().body("status", equalTo("achieved"));
        therapist.request().get("/api/v1/goals/" + engagementGoal).then().body("status", equalTo("achieved"));
        therapist.request().body(sessionBody(3, List.of(), List.of(), List.of()))
                .post(client + "/sessions").then().statusCode(409);
        therapist.request().body(Map.of("reason", "goals-met", "goalOutcomes", List.of()))
                .post(client + "/discharge").then().statusCode(409);
    }

    /** Noor and a child on the therapist's caseload only; returns the group session's id. */
    private String groupSession(String clientId) {
        String otherChild = Clients.create(therapist, Clients.child("Sami", "Rahimi"));
        OffsetDateTime start = FIRST_SESSION.plusDays(5);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("startsAt", start.toString());
        body.put("endsAt", start.plusMinutes(45).toString());
        body.put("setting", "playroom");
        body.put("interventions", List.of(intervention("greeting-and-goodbye-songs", "Hello, Friends", 5),
                intervention("drumming", null, 25)));
        body.put("coTreaters", List.of(Map.of("staffId", ccls.staffId())));
        body.put("participants", List.of(Map.of("clientId", clientId, "status", "completed"),
                Map.of("clientId", otherChild, "status", "no-show", "cancellationReason", "procedure")));
        JsonPath group = therapist.request().body(body).post("/api/v1/group-sessions").then().statusCode(201)
                .body("participants", hasSize(2), "coTreaters[0].staffId", equalTo(ccls.staffId())).extract().jsonPath();
        String groupId = group.getString("id");
        String own = group.getString("participants.find { it.clientId == '" + clientId + "' }.sessionId");

        Map<String, Object> noor = new LinkedHashMap<>(body);
        noor.remove("participants");
        noor.put("kind", "group");
        noor.put("status", "completed");
        noor.put("scores", List.of(Map.of("scale", "anxiety-nrs", "pre", 5, "post", 2)));
        therapist.request().header("If-Match", "\"0\"").body(noor).put("/api/v1/sessions/" + own).then().statusCode(200)
                .body("groupSessionId", equalTo(groupId), "scores[0].post", equalTo(2));
        String note = "/api/v1/sessions/" + own + "/note";
        therapist.request().body(Map.of("format", "narrative", "narrative", "Led the drum call and response for the group."))
                .put(note).then().statusCode(201);
        therapist.request().post(note + "/sign").then().statusCode(200);
        // The co-treating child life specialist, on Noor's team, adds what she saw.
        ccls.request().body(Map.of("text", "Stayed with the group for the whole session for the first time."))
                .post(note + "/addenda").then().statusCode(201);
        // Noor's session is on the therapist's day of the group.
        String day = start.atZoneSameInstant(java.time.ZoneId.of("America/New_York")).toLocalDate().toString();
        therapist.request().queryParam("date", day).get("/api/v1/agenda").then().statusCode(200)
                .body("items.sessionId", hasItem(own));
        return groupId;
    }

    private void assertSignedDocumentationIsFrozen(String sessionId, String hash) {
        String session = "/api/v1/sessions/" + sessionId;
        String note = session + "/note";
        String noteTag = therapist.request().get(note).then().extract().header("ETag");
        String sessionTag = therapist.request().get(session).then().extract().header("ETag");
        Map<String, Object> rewrite = Map.of("format", "narrative", "narrative", "Rewritten after the fact");
        Map<String, Object> sessionRewrite = sessionBody(0, List.of(), List.of(), List.of());

        therapist.request().header("If-Match", noteTag).body(rewrite).put(note).then().statusCode(409);
        therapist.request().post(note + "/sign").then().statusCode(409);
        therapist.request().header("If-Match", sessionTag).body(sessionRewrite).put(session).then().statusCode(409);
        for (Api other : List.of(ccls, supervisor, integration)) {
            other.request().header("If-Match", noteTag).body(rewrite).put(note).then().statusCode(403);
            other.request().post(note + "/sign").then().statusCode(403);
            other.request().header("If-Match", sessionTag).body(sessionRewrite).put(session).then().statusCode(403);
        }
        therapist.request().get(note).then().statusCode(200).header("ETag", noteTag)
                .body("contentSha256", equalTo(hash), "format", equalTo("soap"));
        therapist.request().get(session).then().statusCode(200).header("ETag", sessionTag);
    }

    private String goal(String clientId, Map<String, Object> body) {
        return therapist.request().body(body).post("/api/v1/clients/" + clientId + "/goals").then().statusCode(201)
                .extract().path("id");
    }

    private String session(String clientId, int index, List<Map<String, Object>> interventions,
            String copingGoal, int coping, String engagementGoal, int engagement, int anxietyBefore, int anxietyAfter) {
        Map<String, Object> body = sessionBody(index, interventions,
                List.of(Map.of("goalId", copingGoal, "value", coping),
                        Map.of("goalId", engagementGoal, "value", engagement, "comment", "Took turns on the drum")),
                List.of(Map.of("scale", "anxiety-nrs", "pre", anxietyBefore, "post", anxietyAfter)));
        return therapist.request().body(body).post("/api/v1/clients/" + clientId + "/sessions").then().statusCode(201)
                .body("noteStatus", equalTo("none"), "scores[0].pre", equalTo(anxietyBefore))
                .extract().path("id");
    }

    private static Map<String, Object> sessionBody(int index, List<Map<String, Object>> interventions,
            List<Map<String, Object>> measurements, List<Map<String, Object>> scores) {
        OffsetDateTime start = FIRST_SESSION.plusDays(index * 2L);
        return Map.of("startsAt", start.toString(), "endsAt", start.plusMinutes(40).toString(),
                "setting", "bedside", "kind", "individual", "status", "completed", "familyPresent", index == 1,
                "interventions", interventions, "measurements", measurements, "scores", scores);
    }

    private static Map<String, Object> intervention(String code, String song, int minutes) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("code", code);
        if (song != null) {
            entry.put("song", song);
        }
        entry.put("clientResponse", "Engaged, smiled, breathing slowed");
        entry.put("minutes", minutes);
        return entry;
    }
}
