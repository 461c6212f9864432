package app.cadence.groupsession;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import app.cadence.session.SessionFixtures;
import app.cadence.support.Api;

/** Group session bodies and the calls tests make with them. */
final class GroupSessions {

    static final String PATH = "/api/v1/group-sessions";

    private GroupSessions() {
    }

    /** A 45-minute playroom group; every child named attends (completed). */
    static Map<String, Object> completed(String startsAt, String... clientIds) {
        Map<String, Object> body = shared(startsAt, 45);
        List<Map<String, Object>> participants = new ArrayList<>();
        for (String clientId : clientIds) {
            participants.add(participant(clientId, "completed", null));
        }
        body.put("participants", participants);
        return body;
    }

    static Map<String, Object> shared(String startsAt, int minutes) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("startsAt", startsAt);
        body.put("endsAt", OffsetDateTime.parse(startsAt).plusMinutes(minutes).toString());
        body.put("setting", "playroom");
        body.put("interventions", new ArrayList<>(List.of(SessionFixtures.intervention("drumming"),
                SessionFixtures.intervention("songwriting"))));
        return body;
    }

    static Map<String, Object> participant(String clientId, String status, String reason) {
        Map<String, Object> participant = new LinkedHashMap<>();
        participant.put("clientId", clientId);
        participant.put("status", status);
        if (reason != null) {
            participant.put("cancellationReason", reason);
        }
        return participant;
    }

    static String create(Api therapist, Map<String, Object> body) {
        return therapist.request().body(body).post(PATH).then().statusCode(201).extract().path("id");
    }

    /** The participant's own session id, read as the group's creator. */
    static String sessionOf(Api creator, String groupId, String clientId) {
        List<Map<String, Object>> participants = creator.request().get(PATH + "/" + groupId).then().statusCode(200)
                .extract().path("participants");
        return participants.stream().filter(p -> clientId.equals(p.get("clientId"))).map(p -> (String) p.get("sessionId"))
                .findFirst().orElseThrow();
    }
}
