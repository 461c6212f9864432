package app.cadence.security;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import app.cadence.assessment.Assessments;
import app.cadence.goal.Goals;
import app.cadence.session.SessionFixtures;
import app.cadence.support.Api;
import app.cadence.support.Clients;
import io.restassured.path.json.JsonPath;

/**
 * A child on one care team (a therapist, a co-treating therapist and a child life specialist) with
 * a record of every kind, all made through the API as the team would: the CCLS refers, the
 * therapist accepts, assesses, sets a goal, documents two sessions (one note signed with a CCLS
 * addendum, one still a draft); a second child of the same team is discharged. Cases only read
 * these; operations that change state get fresh records from the {@code fresh…} methods.
 */
final class TeamRecords {

    static final String REFERRALS = "/api/v1/referrals";
    static final String CLIENTS = "/api/v1/clients/";
    static final String SESSIONS = "/api/v1/sessions/";
    static final String GROUP_SESSIONS = "/api/v1/group-sessions/";
    private static final OffsetDateTime LAST_WEEK = OffsetDateTime.now(ZoneOffset.ofHours(-5)).minusDays(7)
            .truncatedTo(ChronoUnit.HOURS);

    final Api supervisor;
    final Api therapist;
    final Api coTherapist;
    final Api ccls;
    final Map<String, Object> clientBody = Clients.child();
    final Map<String, Object> goalBody = Goals.withStatus(Goals.percent(), "active");
    final Map<String, Object> sessionBody = SessionFixtures.completed(LAST_WEEK.toString());
    final String therapistStaffId;
    final String cclsStaffId;
    final String referralId;
    final String integrationReferralId;
    final String clientId;
    final String memberId;
    final String assessmentId;
    final String goalId;
    final String signedSessionId;
    final String addendumId;
    final String draftSessionId;
    final String dischargedClientId;
    final String groupSessionId;
    final String planId;

    TeamRecords(Api supervisor, Api integration) {
        this.supervisor = supervisor;
        this.therapist = Api.newTherapist();
        this.coTherapist = Api.newTherapist();
        this.ccls = Api.newChildLifeSpecialist();
        therapistStaffId = therapist.staffId();
        cclsStaffId = ccls.staffId();
        Referred referred = refer(clientBody);
        referralId = referred.referralId();
        clientId = referred.clientId();
        therapist.request().body(Map.of()).post(REFERRALS + "/" + referralId + "/accept").then().statusCode(200);
        memberId = join(clientId, coTherapist.staffId(), "therapist");
        assessmentId = Assessments.create(therapist, clientId);
        goalId = Goals.create(therapist, clientId, goalBody);
        signedSessionId = SessionFixtures.create(therapist, clientId, sessionBody);
        writeNote(therapist, signedSessionId);
        therapist.request().post(SESSIONS + signedSessionId + "/note/sign").then().statusCode(200);
        addendumId = ccls.request().body(addendum()).post(SESSIONS + signedSessionId + "/note/addenda").then()
                .statusCode(201).extract().path("id");
        draftSessionId = freshDraft(therapist);
        planId = freshPlan();
        dischargedClientId = dischargedClient();
        integrationReferralId = acceptedReferralBy(integration);
        groupSessionId = therapist.request().body(groupSession(clientId)).post(GROUP_SESSIONS).then().statusCode(201)
                .extract().path("id");
    }

    /** The ETag a reader who may see everything gets for the resource now. */
    String etag(String path) {
        return supervisor.request().get(path).then().statusCode(200).extract().header("ETag");
    }

    /** An active client of this team: its therapist as primary therapist and its CCLS. */
    String freshActiveClient() {
        Map<String, Object> body = Clients.child();
        body.put("status", "active");
        String id = Clients.create(therapist, body);
        join(id, cclsStaffId, "child-life-specialist");
        return id;
    }

    /** A pending referral of a new child whom this team's CCLS referred and its therapist follows. */
    String freshPendingReferral() {
        Referred referred = refer(Clients.child());
        join(referred.clientId(), therapistStaffId, "primary-therapist");
        return referred.referralId();
    }

    /** A new therapist's membership of the team's client, for a supervisor to end. */
    String freshMembership() {
        return join(clientId, Api.newTherapist().staffId(), "therapist");
    }

    String freshAssessment() {
        return Assessments.create(therapist, clientId);
    }

    String freshGoal() {
        return Goals.create(therapist, clientId, goalBody);
    }

    /** A completed session of the team's client without a note. */
    String freshSession() {
        return SessionFixtures.create(therapist, clientId, sessionBody);
    }

    /** A completed session of the team's client measuring its goal, its note signed: a measurement to mark. */
    String freshMeasuredSession() {
        Map<String, Object> body = new LinkedHashMap<>(sessionBody);
        body.put("measurements", List.of(SessionFixtures.measurement(goalId, 60)));
        String sessionId = SessionFixtures.create(therapist, clientId, body);
        writeNote(therapist, sessionId);
        therapist.request().post(SESSIONS + sessionId + "/note/sign").then().statusCode(200);
        return sessionId;
    }

    /** A completed session of the team's client, documented by {@code author} with a draft note. */
    String freshDraft(Api author) {
        String sessionId = SessionFixtures.create(author, clientId, sessionBody);
        writeNote(author, sessionId);
        return sessionId;
    }

    /** A completed playroom group session of one child of the team. */
    static Map<String, Object> groupSession(String clientId) {
        Map<String, Object> body = groupSessionUpdate();
        body.put("participants", List.of(Map.of("clientId", clientId, "status", "completed")));
        return body;
    }

    static Map<String, Object> groupSessionUpdate() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("startsAt", LAST_WEEK.plusHours(3).toString());
        body.put("endsAt", LAST_WEEK.plusHours(3).plusMinutes(45).toString());
        body.put("setting", "playroom");
        body.put("interventions", List.of(SessionFixtures.intervention("drumming")));
        return body;
    }

    /**
     * A completed session of the team's client whose note a new intern on the team signed, so that it
     * awaits co-signature; the intern's staff record names this team's therapist as supervising
     * therapist, or no one.
     */
    String freshAwaitingCosignature(boolean namingTheTeamTherapist) {
        Api intern = Api.newTherapist();
        String staff = "/api/v1/staff/" + intern.staffId();
        supervisor.request().header("If-Match", etag(staff))
                .body(Map.of("requiresCosignature", true,
                        "supervisingTherapistIds", namingTheTeamTherapist ? List.of(therapistStaffId) : List.of()))
                .put(staff + "/supervision").then().statusCode(200);
        join(clientId, intern.staffId(), "therapist");
        String sessionId = freshDraft(intern);
        intern.request().post(SESSIONS + sessionId + "/note/sign").then().statusCode(200);
        return sessionId;
    }

    /** A new treatment plan of the team's client, which supersedes the one in force. */
    String freshPlan() {
        return therapist.request().body(plan(goalId)).post(CLIENTS + clientId + "/treatment-plans").then()
                .statusCode(201).extract().path("id");
    }

    /** Why a record is marked entered-in-error. */
    static Map<String, Object> correction() {
        return Map.of("reason", "Documented under the wrong child");
    }

    static Map<String, Object> plan(String goalId) {
        LocalDate start = LAST_WEEK.toLocalDate();
        return Map.of("sessionsPerWeek", 3, "minutesPerSession", 30, "goalIds", List.of(goalId),
                "startDate", start.toString(), "reviewDate", start.plusDays(28).toString());
    }

    static Map<String, Object> note() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("format", "soap");
        body.put("subjective", "Anxious before the dressing change");
        body.put("objective", "Anxiety 7/10 before, 3/10 after; sang the chorus");
        body.put("assessment", "Song-based coping is taking hold");
        body.put("plan", "Continue three times a week");
        return body;
    }

    static Map<String, Object> addendum() {
        return Map.of("text", "Hummed the song through the next dressing change.");
    }

    static Map<String, Object> discharge() {
        return Map.of("reason", "goals-met", "goalOutcomes", List.of(),
                "recommendations", "Continue the song-based coping plan at home.");
    }

    private record Referred(String referralId, String clientId) {
    }

    /** The team's CCLS refers a new child, and so follows them. */
    private Referred refer(Map<String, Object> child) {
        JsonPath referral = ccls.request()
                .body(Map.of("client", child, "reasons", List.of("anxiety"), "priority", "routine"))
                .post(REFERRALS).then().statusCode(201).extract().jsonPath();
        return new Referred(referral.getString("id"), referral.getString("clientId"));
    }

    private String join(String client, String staffId, String role) {
        return supervisor.request().body(Map.of("staffId", staffId, "role", role))
                .post(CLIENTS + client + "/care-team").then().statusCode(201).extract().path("id");
    }

    private static void writeNote(Api author, String sessionId) {
        author.request().body(note()).put(SESSIONS + sessionId + "/note").then().statusCode(201);
    }

    /** A referral of a new child made by a hospital system, accepted by this team's therapist; its CCLS follows the child. */
    private String acceptedReferralBy(Api referrer) {
        JsonPath referral = referrer.request()
                .body(Map.of("client", Clients.child(), "reasons", List.of("pain"), "priority", "urgent"))
                .post(REFERRALS).then().statusCode(201).extract().jsonPath();
        therapist.request().body(Map.of()).post(REFERRALS + "/" + referral.getString("id") + "/accept").then().statusCode(200);
        join(referral.getString("clientId"), cclsStaffId, "child-life-specialist");
        return referral.getString("id");
    }

    private String dischargedClient() {
        Referred referred = refer(Clients.child());
        therapist.request().body(Map.of()).post(REFERRALS + "/" + referred.referralId() + "/accept").then().statusCode(200);
        therapist.request().body(discharge()).post(CLIENTS + referred.clientId() + "/discharge").then().statusCode(201);
        return referred.clientId();
    }
}
