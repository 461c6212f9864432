package app.cadence.session;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import app.cadence.support.Api;
import app.cadence.support.Sql;

/**
 * Session bodies, and rows other features own (goals, notes, discharge) written straight to the
 * test database, since their APIs are built elsewhere.
 */
public final class SessionFixtures {

    private SessionFixtures() {
    }

    /** A completed 40-minute bedside session with one intervention and a pre/post anxiety score. */
    public static Map<String, Object> completed(String startsAt) {
        Map<String, Object> body = scheduled(startsAt);
        body.put("endsAt", OffsetDateTime.parse(startsAt).plusMinutes(40).toString());
        body.put("setting", "bedside");
        body.put("status", "completed");
        body.put("familyPresent", true);
        body.put("interventions", new ArrayList<>(List.of(intervention("therapeutic-singing"))));
        body.put("measurements", new ArrayList<>());
        body.put("scores", new ArrayList<>(List.of(score("anxiety-nrs", 7, 3))));
        return body;
    }

    public static Map<String, Object> scheduled(String startsAt) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("startsAt", startsAt);
        body.put("setting", "playroom");
        body.put("kind", "individual");
        body.put("status", "scheduled");
        return body;
    }

    public static Map<String, Object> intervention(String code) {
        Map<String, Object> intervention = new LinkedHashMap<>();
        intervention.put("code", code);
        intervention.put("song", "You Are My Sunshine");
        intervention.put("instrument", "ukulele");
        intervention.put("clientResponse", "Sang the chorus, smiled");
        intervention.put("minutes", 15);
        return intervention;
    }

    public static Map<String, Object> measurement(String goalId, Object value) {
        Map<String, Object> measurement = new LinkedHashMap<>();
        measurement.put("goalId", goalId);
        measurement.put("value", value);
        measurement.put("comment", "3 of 5 opportunities");
        return measurement;
    }

    public static Map<String, Object> score(String scale, Object pre, Object post) {
        Map<String, Object> score = new LinkedHashMap<>();
        score.put("scale", scale);
        score.put("pre", pre);
        score.put("post", post);
        return score;
    }

    /** Creates a session as the therapist and returns its id. */
    public static String create(Api therapist, String clientId, Map<String, Object> body) {
        return therapist.request().body(body).post("/api/v1/clients/" + clientId + "/sessions").then()
                .statusCode(201).extract().path("id");
    }

    /** An active goal of the client measured in percent (0-100). */
    public static String percentGoal(String clientId) {
        UUID id = UUID.randomUUID();
        Sql.execute("""
                insert into goal (id, client_id, domain, statement, measure_type, baseline, target, criterion_sessions,
                                  status, created_at, updated_at, version)
                values (?, ?, 'emotional', 'Uses a coping song during procedures', 'percent', 20, 80, 3, 'active',
                        now(), now(), 0)""", id, UUID.fromString(clientId));
        return id.toString();
    }

    /** A note for the session, as the notes feature would store it: draft, or signed with its hash. */
    public static void note(String sessionId, String authorId, boolean signed) {
        UUID author = UUID.fromString(authorId);
        Sql.execute("""
                insert into session_note (id, session_id, author_id, format, narrative, status, signed_by, signed_at,
                                          content_sha256, created_at, updated_at, version)
                values (?, ?, ?, 'narrative', 'Engaged well.', ?, ?, ?, ?, now(), now(), 0)""",
                UUID.randomUUID(), UUID.fromString(sessionId), author, signed ? "signed" : "draft",
                signed ? author : null, signed ? OffsetDateTime.now() : null, signed ? "0".repeat(64) : null);
    }
}
