package app.cadence.fhir;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import app.cadence.assessment.Assessments;
import app.cadence.support.Api;
import app.cadence.support.Clients;
import io.restassured.path.json.JsonPath;

/**
 * A child's whole episode, made through the API as the team would: a child life specialist refers
 * her (anxiety, pain; urgent), a therapist accepts, assesses, sets two goals and documents three
 * sessions with interventions, goal measurements and pre/post pain and anxiety scores. Two notes
 * are signed and get an addendum each (one by the CCLS); the third note stays a draft whose text
 * must never leave Cadence. Then the child is discharged with both goals achieved.
 */
final class FhirEpisode {

    static final String PAIN = "pain-nrs";
    static final String ANXIETY = "anxiety-nrs";
    private static final OffsetDateTime FIRST_SESSION = OffsetDateTime.now(ZoneOffset.ofHours(-5)).minusDays(12)
            .truncatedTo(ChronoUnit.HOURS);

    /** A score of one session: the scale, before and after. */
    record Score(String sessionId, String scale, int pre, int post) {
    }

    /** A goal measurement of one session. */
    record Measurement(String sessionId, String goalId, int value) {
    }

    /** A signature the export must carry: the signed document and the hash the API gave for it. */
    record Signature(String documentId, String signerStaffId, String sha256) {
    }

    final Api ccls = Api.newChildLifeSpecialist();
    final Api therapist = Api.newTherapist();
    final Api supervisor = Api.newSupervisor();
    final Api integration = Api.newIntegration();
    final String mrn = Clients.newMrn();
    final String draftText = "Draft only " + UUID.randomUUID() + ": never to be exported";
    final String signedText = "Signed observation " + UUID.randomUUID();
    final String clientId;
    final String referralId;
    final String copingGoal;
    final String engagementGoal;
    final List<String> sessions = new ArrayList<>();
    final List<Map<String, Object>> interventions = new ArrayList<>();
    final List<Measurement> measurements = new ArrayList<>();
    final List<Score> scores = new ArrayList<>();
    final List<Signature> signatures = new ArrayList<>();
    final String draftSession;

    FhirEpisode() {
        Map<String, Object> child = Clients.child("Lina", "Moreau");
        child.put("identifiers", List.of(Map.of("system", Clients.MRN_SYSTEM, "value", mrn)));
        JsonPath referral = ccls.request()
                .body(Map.of("client", child, "reasons", List.of("anxiety", "pain"), "priority", "urgent",
                        "notes", "Procedural pain and fear of dressing changes"))
                .post("/api/v1/referrals").then().statusCode(201).extract().jsonPath();
        referralId = referral.getString("id");
        clientId = referral.getString("clientId");
        therapist.request().body(Map.of()).post("/api/v1/referrals/" + referralId + "/accept").then().statusCode(200);
        String assessment = Assessments.create(therapist, clientId);
        therapist.request().post("/api/v1/assessments/" + assessment + "/finalize").then().statusCode(200);

        copingGoal = goal(Map.of("domain", "emotional", "statement", "Will use a chosen song to cope with dressing changes",
                "measure", Map.of("type", "percent"), "baseline", 30, "target", 80,
                "criterion", Map.of("consecutiveSessions", 2), "status", "active", "assessmentId", assessment,
                "targetDate", FIRST_SESSION.plusDays(30).toLocalDate().toString()));
        engagementGoal = goal(Map.of("domain", "social", "statement", "Will take turns in shared drumming",
                "measure", Map.of("type", "gas"), "baseline", -1, "target", 1, "status", "active"));

        session(0, List.of(intervention("song-for-procedural-support", "How Far I'll Go", "guitar", 15),
                intervention("music-assisted-relaxation", null, null, 10)), 50, -1,
                List.of(new int[] { 6, 2 }, new int[] { 7, 4 }), List.of(PAIN, ANXIETY));
        session(1, List.of(intervention("songwriting", null, "ukulele", 20)), 80, 0,
                List.of(new int[] { 5, 2 }), List.of(PAIN));
        session(2, List.of(intervention("therapeutic-singing", "You're Welcome", null, 10)), 90, 1,
                List.of(new int[] { 5, 2 }), List.of(ANXIETY));

        signSoap(sessions.get(0));
        addendum(ccls, sessions.get(0), "Hummed her song through the next IV start. " + signedText);
        signNarrative(sessions.get(1));
        addendum(therapist, sessions.get(1), "Mother asked for the song recording.");
        draftSession = sessions.get(2);
        therapist.request().body(Map.of("format", "narrative", "narrative", draftText))
                .put("/api/v1/sessions/" + draftSession + "/note").then().statusCode(201);

        therapist.request().body(Map.of("reason", "goals-met",
                "goalOutcomes", List.of(Map.of("goalId", copingGoal, "status", "achieved"),
                        Map.of("goalId", engagementGoal, "status", "achieved")),
                "recommendations", "Keep the song plan at home"))
                .post("/api/v1/clients/" + clientId + "/discharge").then().statusCode(201);
    }

    String therapistStaffId() {
        return therapist.staffId();
    }

    String cclsStaffId() {
        return ccls.staffId();
    }

    private String goal(Map<String, Object> body) {
        return therapist.request().body(body).post("/api/v1/clients/" + clientId + "/goals").then().statusCode(201)
                .extract().path("id");
    }

    private void session(int index, List<Map<String, Object>> used, int coping, int engagement, List<int[]> prePost,
            List<String> scales) {
        OffsetDateTime start = FIRST_SESSION.plusDays(index * 2L);
        List<Map<String, Object>> scoreBodies = new ArrayList<>();
        for (int i = 0; i < scales.size(); i++) {
            scoreBodies.add(Map.of("scale", scales.get(i), "pre", prePost.get(i)[0], "post", prePost.get(i)[1]));
        }
        Map<String, Object> body = Map.of("startsAt", start.toString(), "endsAt", start.plusMinutes(40).toString(),
                "setting", index == 1 ? "playroom" : "bedside", "kind", "individual", "status", "completed",
                "familyPresent", index == 1, "interventions", used,
                "measurements", List.of(Map.of("goalId", copingGoal, "value", coping),
                        Map.of("goalId", engagementGoal, "value", engagement, "comment", "Took turns on the drum")),
                "scores", scoreBodies);
        String id = therapist.request().body(body).post("/api/v1/clients/" + clientId + "/sessions").then()
                .statusCode(201).extract().path("id");
        sessions.add(id);
        interventions.addAll(used);
        measurements.add(new Measurement(id, copingGoal, coping));
        measurements.add(new Measurement(id, engagementGoal, engagement));
        for (int i = 0; i < scales.size(); i++) {
            scores.add(new Score(id, scales.get(i), prePost.get(i)[0], prePost.get(i)[1]));
        }
    }

    private static Map<String, Object> intervention(String code, String song, String instrument, int minutes) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("code", code);
        if (song != null) {
            entry.put("song", song);
        }
        if (instrument != null) {
            entry.put("instrument", instrument);
        }
        entry.put("clientResponse", "Engaged, breathing slowed");
        entry.put("minutes", minutes);
        return entry;
    }

    private void signSoap(String sessionId) {
        therapist.request().body(Map.of("format", "soap", "subjective", "Scared of the bandage change",
                "objective", "Pain 6/10 before, 2/10 after", "assessment", "Song-based coping is taking hold",
                "plan", "Continue three times a week")).put("/api/v1/sessions/" + sessionId + "/note").then().statusCode(201);
        sign(sessionId);
    }

    private void signNarrative(String sessionId) {
        therapist.request().body(Map.of("format", "narrative", "narrative", "Wrote a verse about her dog; pain eased."))
                .put("/api/v1/sessions/" + sessionId + "/note").then().statusCode(201);
        sign(sessionId);
    }

    private void sign(String sessionId) {
        JsonPath signed = therapist.request().post("/api/v1/sessions/" + sessionId + "/note/sign").then().statusCode(200)
                .extract().jsonPath();
        signatures.add(new Signature(signed.getString("id"), signed.getString("signedBy"), signed.getString("contentSha256")));
    }

    private void addendum(Api author, String sessionId, String text) {
        JsonPath addendum = author.request().body(Map.of("text", text))
                .post("/api/v1/sessions/" + sessionId + "/note/addenda").then().statusCode(201).extract().jsonPath();
        signatures.add(new Signature(addendum.getString("id"), addendum.getString("authorId"),
                addendum.getString("contentSha256")));
    }
}
