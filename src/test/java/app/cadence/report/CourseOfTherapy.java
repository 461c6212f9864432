package app.cadence.report;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import app.cadence.session.SessionFixtures;
import app.cadence.support.Api;
import app.cadence.support.Clients;
import app.cadence.support.Sql;

/**
 * One child's course of music therapy in autumn 2026, made through the API as a team would
 * (America/New_York, the test profile's program time zone): a CCLS refers, the therapist accepts,
 * assesses, sets goals and documents eight sessions. Six are signed; one has a draft note; one was
 * cancelled. The expected figures of the reports are worked out from this course in the tests.
 *
 * <pre>
 * session  local start           min  setting   kind        family  interventions (minutes)                  G1  G2  anxiety pain
 * S1       Wed  9 Sep 10:00      40   bedside   individual  yes     song-for-procedural-support 15,
 *                                                                   therapeutic-singing 10                    40  1   7→3
 * S2       Mon 14 Sep 14:00      45   bedside   family      yes     music-assisted-relaxation 20, song-choice 10  55  1   6→3     5→3
 * S3       Mon 21 Sep 10:30      30   playroom  individual  no      instrument-play 20                        70  2   8→4
 * S4       Mon 28 Sep 19:30      40   bedside   individual  yes     song-for-procedural-support 20,
 *                                                                   lyric-substitution 15                     85  2   5→5     4→2
 * S5       Mon  5 Oct 10:00      45   playroom  family      yes     songwriting 30, song-choice 10            90  3   6→2
 * S6       Mon 19 Oct 21:00      40   bedside   individual  no      music-assisted-relaxation 25              85  3   4→2     3→3
 *          (01:00 UTC on 20 Oct: the report must show it on 19 Oct)
 * S7       Mon 26 Oct 10:00      40   bedside   individual  no      therapeutic-singing 10                    20  0   9→9     (draft note)
 * S8       Mon 12 Oct 10:00      cancelled
 * </pre>
 * G1: percent, baseline 30, target 80, met in 2 consecutive sessions. G2: count, baseline 0,
 * target 3, met in 3 consecutive sessions. G3 is only proposed.
 */
final class CourseOfTherapy {

    static final String DRAFT_PLAN = "DRAFT-PLAN Wait for the oncology consult before changing anything";
    static final String DRAFT_SUMMARY = "DRAFT-REASSESSMENT Seems withdrawn this week";
    static final String SIGNED_PLAN = "Continue bedside sessions twice a week; teach the coping song to the night nurses.";
    static final String G1_STATEMENT = "Mila will use her chosen coping song to stay calm during dressing changes";
    static final String G2_STATEMENT = "Mila will choose the songs for her session herself";
    static final String ASSESSMENT_SUMMARY = "Mila engages readily with live guitar and calms when she can choose the song.";

    final Api therapist;
    final Api ccls;
    final String clientId;
    final String g1;
    final String g2;
    final String g3;
    final List<String> sessionIds = new ArrayList<>();
    final String draftSessionId;

    CourseOfTherapy(Api supervisor, String facility) {
        String suffix = UUID.randomUUID().toString();
        therapist = provision(supervisor, "maya-" + suffix, "Maya Lindgren", "MT-BC", "therapist");
        ccls = provision(supervisor, "jordan-" + suffix, "Jordan Price", "CCLS", "child-life-specialist");
        Map<String, Object> child = Clients.child("Mila", "Okafor");
        child.put("facility", app.cadence.support.Facilities.ensure(facility));
        child.put("identifiers", List.of(Map.of("system", Clients.MRN_SYSTEM,
                "value", "MRN-" + (1_000_000 + new java.util.Random().nextInt(9_000_000)))));
        String referralId = ccls.request().body(Map.of("client", child, "reasons", List.of("anxiety", "pain"),
                "priority", "urgent", "notes", "Very anxious before dressing changes"))
                .post("/api/v1/referrals").then().statusCode(201).extract().path("id");
        clientId = ccls.request().get("/api/v1/referrals/" + referralId).then().extract().path("clientId");
        therapist.request().body(Map.of()).post("/api/v1/referrals/" + referralId + "/accept").then().statusCode(200);
        // The API stamps a referral and the memberships it creates with the time of the request.
        Sql.execute("update referral set created_at = ?, decided_at = ? where id = ?", at("2026-09-04T15:00:00-04:00"),
                at("2026-09-07T09:00:00-04:00"), UUID.fromString(referralId));
        Sql.execute("update care_team_member set since = ? where client_id = ?", at("2026-09-04T15:00:00-04:00"),
                UUID.fromString(clientId));

        String assessmentId = therapist.request().body(assessment("2026-09-08", "initial", ASSESSMENT_SUMMARY))
                .post(clients("assessments")).then().statusCode(201).extract().path("id");
        therapist.request().post("/api/v1/assessments/" + assessmentId + "/finalize").then().statusCode(200);
        therapist.request().body(assessment("2026-10-20", "reassessment", DRAFT_SUMMARY)).post(clients("assessments"))
                .then().statusCode(201);

        g1 = goal(Map.of("type", "percent"), 30, 80, 2, G1_STATEMENT, "active");
        g2 = goal(Map.of("type", "count"), 0, 3, 3, G2_STATEMENT, "active");
        g3 = goal(Map.of("type", "percent"), 10, 50, 1, "Proposed only: will join a group session", "proposed");

        session("2026-09-09T10:00:00-04:00", 40, "bedside", "individual", true, 40, 1, 7, 3, null, null,
                use("song-for-procedural-support", 15), use("therapeutic-singing", 10));
        session("2026-09-14T14:00:00-04:00", 45, "bedside", "family", true, 55, 1, 6, 3, 5, 3,
                use("music-assisted-relaxation", 20), use("song-choice", 10));
        session("2026-09-21T10:30:00-04:00", 30, "playroom", "individual", false, 70, 2, 8, 4, null, null,
                use("instrument-play", 20));
        session("2026-09-28T19:30:00-04:00", 40, "bedside", "individual", true, 85, 2, 5, 5, 4, 2,
                use("song-for-procedural-support", 20), use("lyric-substitution", 15));
        session("2026-10-05T10:00:00-04:00", 45, "playroom", "family", true, 90, 3, 6, 2, null, null,
                use("songwriting", 30), use("song-choice", 10));
        session("2026-10-19T21:00:00-04:00", 40, "bedside", "individual", false, 85, 3, 4, 2, 3, 3,
                use("music-assisted-relaxation", 25));
        sessionIds.forEach(id -> sign(id, id.equals(sessionIds.get(sessionIds.size() - 1)) ? SIGNED_PLAN
                : "Continue as planned."));
        draftSessionId = create(body("2026-10-26T10:00:00-04:00", 40, "bedside", "individual", false, 20, 0, 9, 9, null,
                null, List.of(use("therapeutic-singing", 10))));
        note(draftSessionId, DRAFT_PLAN);
        Map<String, Object> cancelled = SessionFixtures.scheduled("2026-10-12T10:00:00-04:00");
        cancelled.put("status", "cancelled");
        cancelled.put("cancellationReason", "isolation");
        create(cancelled);
    }

    String report() {
        return "/api/v1/clients/" + clientId + "/progress-report";
    }

    private String clients(String what) {
        return "/api/v1/clients/" + clientId + "/" + what;
    }

    private static Api provision(Api supervisor, String subject, String name, String credentials, String role) {
        supervisor.request().body(Map.of("subject", subject, "displayName", name, "credentials", credentials,
                "roles", List.of(role))).post("/api/v1/staff").then().statusCode(201);
        return Api.as(subject, role);
    }

    private static Map<String, Object> assessment(String on, String kind, String summary) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("assessedOn", on);
        body.put("kind", kind);
        body.put("findings", List.of(Map.of("domain", "emotional", "strengths", "Names her feelings",
                "needs", "Anticipatory anxiety before procedures")));
        body.put("summary", summary);
        body.put("recommendations", "Bedside sessions twice a week, timed before dressing changes.");
        return body;
    }

    private String goal(Map<String, Object> measure, int baseline, int target, int sessions, String statement,
            String status) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("domain", "emotional");
        body.put("statement", statement);
        body.put("measure", measure);
        body.put("baseline", baseline);
        body.put("target", target);
        body.put("criterion", Map.of("consecutiveSessions", sessions));
        body.put("status", status);
        return therapist.request().body(body).post(clients("goals")).then().statusCode(201).extract().path("id");
    }

    private static Map<String, Object> use(String code, int minutes) {
        Map<String, Object> use = SessionFixtures.intervention(code);
        use.put("minutes", minutes);
        return use;
    }

    @SafeVarargs
    private void session(String start, int minutes, String setting, String kind, boolean family, int g1Value,
            int g2Value, int anxietyPre, int anxietyPost, Integer painPre, Integer painPost, Map<String, Object>... uses) {
        sessionIds.add(create(body(start, minutes, setting, kind, family, g1Value, g2Value, anxietyPre, anxietyPost,
                painPre, painPost, List.of(uses))));
    }

    private Map<String, Object> body(String start, int minutes, String setting, String kind, boolean family,
            int g1Value, int g2Value, int anxietyPre, int anxietyPost, Integer painPre, Integer painPost,
            List<Map<String, Object>> uses) {
        Map<String, Object> body = SessionFixtures.completed(start);
        body.put("endsAt", OffsetDateTime.parse(start).plusMinutes(minutes).toString());
        body.put("setting", setting);
        body.put("kind", kind);
        body.put("familyPresent", family);
        body.put("interventions", uses);
        body.put("measurements", List.of(SessionFixtures.measurement(g1, g1Value), SessionFixtures.measurement(g2, g2Value)));
        List<Map<String, Object>> scores = new ArrayList<>();
        scores.add(SessionFixtures.score("anxiety-nrs", anxietyPre, anxietyPost));
        if (painPre != null) {
            scores.add(SessionFixtures.score("pain-nrs", painPre, painPost));
        }
        body.put("scores", scores);
        return body;
    }

    private String create(Map<String, Object> body) {
        return SessionFixtures.create(therapist, clientId, body);
    }

    private void note(String sessionId, String plan) {
        Map<String, Object> note = new LinkedHashMap<>();
        note.put("format", "soap");
        note.put("subjective", "Said she was scared of the bandage change");
        note.put("objective", "Sang the chorus with the therapist; breathing slowed");
        note.put("assessment", "The coping song is taking hold");
        note.put("plan", plan);
        therapist.request().body(note).put("/api/v1/sessions/" + sessionId + "/note").then().statusCode(201);
    }

    private void sign(String sessionId, String plan) {
        note(sessionId, plan);
        therapist.request().post("/api/v1/sessions/" + sessionId + "/note/sign").then().statusCode(200);
    }

    private static OffsetDateTime at(String time) {
        return OffsetDateTime.parse(time);
    }
}
