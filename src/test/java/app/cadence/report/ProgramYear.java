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
 * A small program at one facility of its own over January and February 2026 (America/New_York),
 * made through the API; the outcome tests work out every figure from it by hand. Times the API
 * stamps with "now" (referral received, goal set or closed) are moved into the period with SQL.
 *
 * <pre>
 * child unit     referral (received, decided)        therapist
 * K1    PICU     5 Jan, accepted by Ana              Ana
 * K2    PICU     12 Jan, accepted by Ana             Ana
 * K3    Oncology 26 Jan, accepted by Ben             Ben
 * K4    Oncology 9 Feb, declined by Ben              —
 * K5    PICU     20 Feb, pending                     —
 * K6    PICU     (no referral) entered in error later; its completed session never counts
 *
 * sessions (local time)        status     min kind        interventions                          anxiety relax pain mood
 * K1 Wed  7 Jan 10:00 Ana      completed  40  individual  song-choice, music-assisted-relaxation  7→3     3→7   6→2
 * K1 Wed 14 Jan 10:00 Ana      completed  30  individual  song-choice                            6→4     4→5
 * K1 Wed 21 Jan 10:00 Ana      cancelled
 * K1 Wed  4 Feb 10:00 Ana      completed  45  individual  drumming                               5→5           4→4
 * K1 Wed 25 Feb 10:00 Ana      scheduled  (not counted)
 * K2 Tue 13 Jan 14:00 Ana      completed  40  family      song-choice, songwriting               8→3     2→5
 * K2 Tue 20 Jan 14:00 Ana      no-show
 * K2 Tue  3 Feb 14:00 Ana      completed  30  individual  movement-to-music                      6→6
 * K3 Sat 31 Jan 21:00 Ben      completed  40  individual  music-assisted-relaxation              9→4     5→3        2→4
 *    (02:00 UTC on 1 Feb: January in the program's time zone)
 * K3 Tue 10 Feb 10:00 Ben      completed  40  individual  music-assisted-relaxation, song-choice 7→5     4→9        3→3
 * K6 Thu  8 Jan 10:00 Ana      completed  40  individual  song-choice                            9→1
 *
 * goals: GK1 (K1, Ana) percent 30→80 in 2 sessions, set 6 Jan, measured 50, 85, 90: met on 4 Feb
 *        GK1p (K1, Ana) still proposed, set 6 Jan: not counted as set
 *        GK2 (K2, Ana) count 0→3 in 1 session, set 12 Jan, measured 3 on 13 Jan: met; achieved 15 Feb
 *        GK3 (K3, Ben) rating 1–5 target 4 in 2 sessions, set 30 Jan, measured 3, 5: not met
 *        GK3b (K3, Ben) percent, set 30 Jan, discontinued 20 Feb
 * </pre>
 */
final class ProgramYear {

    static final String FROM = "2026-01-01";
    static final String TO = "2026-02-28";

    final String facility = "Harbor Children's " + UUID.randomUUID();
    final Api ana;
    final Api ben;
    final Api ccls;
    final String anaId;
    final String benId;
    final Map<String, String> clients = new LinkedHashMap<>();
    private final Api supervisor;

    ProgramYear(Api supervisor) {
        this.supervisor = supervisor;
        String suffix = UUID.randomUUID().toString();
        ana = provision("ana-" + suffix, "Ana Ruiz", "MT-BC", "therapist");
        ben = provision("ben-" + suffix, "Ben Cho", "MT-BC", "therapist");
        ccls = provision("jo-" + suffix, "Jo Park", "CCLS", "child-life-specialist");
        anaId = ana.staffId();
        benId = ben.staffId();

        String k1 = refer("K1", "PICU", "2026-01-05T09:00:00-05:00", ana, true);
        String k2 = refer("K2", "PICU", "2026-01-12T09:00:00-05:00", ana, true);
        String k3 = refer("K3", "Oncology", "2026-01-26T09:00:00-05:00", ben, true);
        refer("K4", "Oncology", "2026-02-09T09:00:00-05:00", ben, false);
        refer("K5", "PICU", "2026-02-20T09:00:00-05:00", null, false);

        String gk1 = goal(ana, k1, Map.of("type", "percent"), 30, 80, 2, "active", "2026-01-06T12:00:00-05:00");
        goal(ana, k1, Map.of("type", "percent"), 10, 50, 1, "proposed", "2026-01-06T12:00:00-05:00");
        String gk2 = goal(ana, k2, Map.of("type", "count"), 0, 3, 1, "active", "2026-01-12T12:00:00-05:00");
        String gk3 = goal(ben, k3, Map.of("type", "rating", "min", 1, "max", 5), 2, 4, 2, "active",
                "2026-01-30T12:00:00-05:00");
        String gk3b = goal(ben, k3, Map.of("type", "percent"), 20, 60, 1, "active", "2026-01-30T12:00:00-05:00");

        session(ana, k1, "2026-01-07T10:00:00-05:00", 40, "individual", List.of("song-choice", "music-assisted-relaxation"),
                scores(7, 3, 3, 7, 6, 2, null, null), Map.of(gk1, 50));
        session(ana, k1, "2026-01-14T10:00:00-05:00", 30, "individual", List.of("song-choice"),
                scores(6, 4, 4, 5, null, null, null, null), Map.of(gk1, 85));
        other(ana, k1, "2026-01-21T10:00:00-05:00", "cancelled");
        session(ana, k1, "2026-02-04T10:00:00-05:00", 45, "individual", List.of("drumming"),
                scores(5, 5, null, null, 4, 4, null, null), Map.of(gk1, 90));
        other(ana, k1, "2026-02-25T10:00:00-05:00", "scheduled");
        session(ana, k2, "2026-01-13T14:00:00-05:00", 40, "family", List.of("song-choice", "songwriting"),
                scores(8, 3, 2, 5, null, null, null, null), Map.of(gk2, 3));
        other(ana, k2, "2026-01-20T14:00:00-05:00", "no-show");
        session(ana, k2, "2026-02-03T14:00:00-05:00", 30, "individual", List.of("movement-to-music"),
                scores(6, 6, null, null, null, null, null, null), Map.of());
        session(ben, k3, "2026-01-31T21:00:00-05:00", 40, "individual", List.of("music-assisted-relaxation"),
                scores(9, 4, 5, 3, null, null, 2, 4), Map.of(gk3, 3));
        session(ben, k3, "2026-02-10T10:00:00-05:00", 40, "individual", List.of("music-assisted-relaxation", "song-choice"),
                scores(7, 5, 4, 9, null, null, 3, 3), Map.of(gk3, 5));

        close(ana, gk2, "achieved", "2026-02-15T12:00:00-05:00");
        close(ben, gk3b, "discontinued", "2026-02-20T12:00:00-05:00");

        Map<String, Object> k6 = child("K6", "PICU");
        k6.put("status", "active");
        String k6Id = Clients.create(ana, k6);
        clients.put("K6", k6Id);
        session(ana, k6Id, "2026-01-08T10:00:00-05:00", 40, "individual", List.of("song-choice"),
                scores(9, 1, null, null, null, null, null, null), Map.of());
        Sql.clientStatus(k6Id, "entered-in-error");
    }

    private Api provision(String subject, String name, String credentials, String role) {
        supervisor.request().body(Map.of("subject", subject, "displayName", name, "credentials", credentials,
                "roles", List.of(role))).post("/api/v1/staff").then().statusCode(201);
        return Api.as(subject, role);
    }

    private Map<String, Object> child(String name, String unit) {
        Map<String, Object> child = Clients.child(name, "Harbor");
        child.put("facility", app.cadence.support.Facilities.ensure(facility));
        child.put("unit", unit);
        return child;
    }

    /** A referral by the CCLS received at the given time, accepted or declined by the therapist (null: pending). */
    private String refer(String name, String unit, String receivedAt, Api therapist, boolean accept) {
        String referralId = ccls.request().body(Map.of("client", child(name, unit), "reasons", List.of("anxiety"),
                "priority", "routine")).post("/api/v1/referrals").then().statusCode(201).extract().path("id");
        String clientId = ccls.request().get("/api/v1/referrals/" + referralId).then().extract().path("clientId");
        clients.put(name, clientId);
        if (therapist != null) {
            therapist.request().body(accept ? Map.of() : Map.of("reason", "No capacity on the unit this month"))
                    .post("/api/v1/referrals/" + referralId + (accept ? "/accept" : "/decline")).then().statusCode(200);
        }
        OffsetDateTime received = OffsetDateTime.parse(receivedAt);
        Sql.execute("update referral set created_at = ?, decided_at = case when decided_at is null then null else ? end"
                + " where id = ?", received, received.plusHours(3), UUID.fromString(referralId));
        return clientId;
    }

    private static String goal(Api therapist, String clientId, Map<String, Object> measure, int baseline, int target,
            int sessions, String status, String setAt) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("domain", "emotional");
        body.put("statement", "Will use music to cope with procedures");
        body.put("measure", measure);
        body.put("baseline", baseline);
        body.put("target", target);
        body.put("criterion", Map.of("consecutiveSessions", sessions));
        body.put("status", status);
        String id = therapist.request().body(body).post("/api/v1/clients/" + clientId + "/goals").then().statusCode(201)
                .extract().path("id");
        Sql.execute("update goal set created_at = ?, updated_at = ? where id = ?", OffsetDateTime.parse(setAt),
                OffsetDateTime.parse(setAt), UUID.fromString(id));
        return id;
    }

    private static void close(Api therapist, String goalId, String status, String closedAt) {
        Map<String, Object> goal = therapist.request().get("/api/v1/goals/" + goalId).then().statusCode(200).extract()
                .jsonPath().getMap("");
        String etag = therapist.request().get("/api/v1/goals/" + goalId).then().extract().header("ETag");
        Map<String, Object> body = new LinkedHashMap<>();
        for (String field : List.of("domain", "statement", "measure", "baseline", "target", "criterion")) {
            body.put(field, goal.get(field));
        }
        body.put("status", status);
        therapist.request().header("If-Match", etag).body(body).put("/api/v1/goals/" + goalId).then().statusCode(200);
        Sql.execute("update goal set updated_at = ? where id = ?", OffsetDateTime.parse(closedAt), UUID.fromString(goalId));
    }

    /** anxiety pre/post, relaxation pre/post, pain pre/post, mood pre/post; null pairs are left out. */
    private static List<Map<String, Object>> scores(Integer anxietyPre, Integer anxietyPost, Integer relaxPre,
            Integer relaxPost, Integer painPre, Integer painPost, Integer moodPre, Integer moodPost) {
        List<Map<String, Object>> scores = new ArrayList<>();
        add(scores, "anxiety-nrs", anxietyPre, anxietyPost);
        add(scores, "relaxation", relaxPre, relaxPost);
        add(scores, "pain-nrs", painPre, painPost);
        add(scores, "mood", moodPre, moodPost);
        return scores;
    }

    private static void add(List<Map<String, Object>> scores, String scale, Integer pre, Integer post) {
        if (pre != null) {
            scores.add(SessionFixtures.score(scale, pre, post));
        }
    }

    private static void session(Api therapist, String clientId, String start, int minutes, String kind,
            List<String> interventions, List<Map<String, Object>> scores, Map<String, Integer> measurements) {
        Map<String, Object> body = SessionFixtures.completed(start);
        body.put("endsAt", OffsetDateTime.parse(start).plusMinutes(minutes).toString());
        body.put("kind", kind);
        body.put("interventions", interventions.stream().map(SessionFixtures::intervention).toList());
        body.put("scores", scores);
        body.put("measurements", measurements.entrySet().stream()
                .map(m -> SessionFixtures.measurement(m.getKey(), m.getValue())).toList());
        SessionFixtures.create(therapist, clientId, body);
    }

    private static void other(Api therapist, String clientId, String start, String status) {
        Map<String, Object> body = SessionFixtures.scheduled(start);
        body.put("status", status);
        // A missed session says why (issue 13): K1's cancellation was a procedure, K2 was asleep.
        switch (status) {
            case "cancelled" -> body.put("cancellationReason", "procedure");
            case "no-show" -> body.put("cancellationReason", "asleep");
            default -> { }
        }
        SessionFixtures.create(therapist, clientId, body);
    }
}
