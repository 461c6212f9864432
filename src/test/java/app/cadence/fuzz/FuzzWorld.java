package app.cadence.fuzz;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import app.cadence.assessment.Assessments;
import app.cadence.goal.Goals;
import app.cadence.session.SessionFixtures;
import app.cadence.support.Api;
import app.cadence.support.Clients;
import app.cadence.support.Tokens;

/**
 * The callers and records a fuzzing round works with, made through the API: a child on a care team
 * (therapist and child life specialist) with an assessment, an active goal, a session with a draft
 * note and one with a signed note and an addendum, a pending referral and a discharged child. Path
 * parameters take these ids, so that valid requests reach the operations' success paths. Every
 * caller has called once already, so that no refused request ever provisions a staff record.
 */
final class FuzzWorld {

    /** Who sends a request: a token (or none) and the role it stands for in the log. */
    record Caller(String label, String token) {
    }

    final Api therapist = Api.newTherapist();
    final Api ccls = Api.newChildLifeSpecialist();
    final Api supervisor = Api.newSupervisor();
    final Api integration = Api.newIntegration();
    final Api outsider = Api.newTherapist();
    final Api spareTherapist = Api.newTherapist();
    final List<Caller> callers;
    final Map<String, List<String>> ids = new HashMap<>();
    final Map<String, String> etags = new ConcurrentHashMap<>();

    FuzzWorld() {
        Api noRole = Api.as("visitor-" + UUID.randomUUID(), "offline_access");
        callers = List.of(new Caller("therapist", therapist.token()), new Caller("child-life-specialist", ccls.token()),
                new Caller("supervisor", supervisor.token()), new Caller("integration", integration.token()),
                new Caller("off-team therapist", outsider.token()), new Caller("no Cadence role", noRole.token()),
                new Caller("no token", null), new Caller("expired token", Tokens.expired("fuzz", "therapist")),
                new Caller("forged token", Tokens.signedByStranger("fuzz", "supervisor")));
        for (Api api : List.of(therapist, ccls, supervisor, integration, outsider, spareTherapist, noRole)) {
            api.request().get("/api/v1/me");
        }
        String therapistStaffId = therapist.staffId();
        Map<String, Object> child = Clients.child();
        child.put("status", "active");
        String clientId = Clients.create(therapist, child);
        String memberId = supervisor.request().body(Map.of("staffId", ccls.staffId(), "role", "child-life-specialist"))
                .post("/api/v1/clients/" + clientId + "/care-team").then().statusCode(201).extract().path("id");
        String assessmentId = Assessments.create(therapist, clientId);
        String goalId = Goals.create(therapist, clientId, Goals.withStatus(Goals.percent(), "active"));
        String draftSessionId = SessionFixtures.create(therapist, clientId, SessionFixtures.completed(lastWeek()));
        therapist.request().body(note()).put("/api/v1/sessions/" + draftSessionId + "/note").then().statusCode(201);
        // Signing consumes drafts; a few more keep notes and sessions editable through the round.
        String secondDraftId = SessionFixtures.create(therapist, clientId, SessionFixtures.completed(lastWeek()));
        String undocumentedId = SessionFixtures.create(therapist, clientId, SessionFixtures.completed(lastWeek()));
        String signedSessionId = SessionFixtures.create(therapist, clientId, SessionFixtures.completed(lastWeek()));
        therapist.request().body(note()).put("/api/v1/sessions/" + signedSessionId + "/note").then().statusCode(201);
        therapist.request().post("/api/v1/sessions/" + signedSessionId + "/note/sign").then().statusCode(200);
        String addendumId = ccls.request().body(Map.of("text", "Hummed the song through the next IV start."))
                .post("/api/v1/sessions/" + signedSessionId + "/note/addenda").then().statusCode(201).extract().path("id");
        String referralId = ccls.request()
                .body(Map.of("client", Clients.child(), "reasons", List.of("anxiety"), "priority", "routine"))
                .post("/api/v1/referrals").then().statusCode(201).extract().path("id");
        String dischargedId = Clients.create(therapist, child());
        therapist.request().body(Map.of("reason", "goals-met", "goalOutcomes", List.of()))
                .post("/api/v1/clients/" + dischargedId + "/discharge").then().statusCode(201);

        ids.put("clientId", List.of(clientId, clientId, dischargedId));
        ids.put("memberId", List.of(memberId));
        ids.put("assessmentId", List.of(assessmentId));
        ids.put("goalId", List.of(goalId));
        ids.put("sessionId", List.of(draftSessionId, secondDraftId, undocumentedId, signedSessionId));
        ids.put("addendumId", List.of(addendumId));
        ids.put("referralId", List.of(referralId));
        ids.put("staffId", List.of(therapistStaffId, spareTherapist.staffId()));
        ids.put("therapistId", List.of(therapistStaffId));
        ids.put("therapistStaffId", List.of(therapistStaffId, spareTherapist.staffId()));
        ids.put("code", List.of("therapeutic-singing", "song-for-procedural-support"));
        for (String path : List.of("/api/v1/clients/" + clientId, "/api/v1/assessments/" + assessmentId,
                "/api/v1/goals/" + goalId, "/api/v1/sessions/" + draftSessionId, "/api/v1/sessions/" + secondDraftId,
                "/api/v1/sessions/" + undocumentedId, "/api/v1/sessions/" + draftSessionId + "/note")) {
            etags.put(path, supervisor.request().get(path).then().statusCode(200).extract().header("ETag"));
        }
    }

    /** A known id for a parameter or property of this name, or null when the world has none. */
    String id(String name, Random random) {
        List<String> candidates = ids.get(name);
        return candidates == null ? null : candidates.get(random.nextInt(candidates.size()));
    }

    static Map<String, Object> child() {
        Map<String, Object> child = Clients.child();
        child.put("status", "active");
        return child;
    }

    static Map<String, Object> note() {
        Map<String, Object> note = new LinkedHashMap<>();
        note.put("format", "narrative");
        note.put("narrative", "Sang the chorus with the ukulele; anxiety 7/10 before, 3/10 after.");
        return note;
    }

    static String lastWeek() {
        return OffsetDateTime.now(ZoneOffset.ofHours(-5)).minusDays(7).truncatedTo(ChronoUnit.HOURS).toString();
    }

    static String recentDay(Random random) {
        return LocalDate.now().minusDays(1 + random.nextInt(60)).toString();
    }
}
