package app.cadence.goal;

import java.util.LinkedHashMap;
import java.util.Map;

import app.cadence.support.Api;

/** Goal request bodies for tests. */
public final class Goals {

    private Goals() {
    }

    /** An emotional goal: percent of opportunities, from 30 to 80, met in 2 consecutive sessions. */
    public static Map<String, Object> percent() {
        return goal(Map.of("type", "percent"), 30, 80);
    }

    public static Map<String, Object> goal(Map<String, Object> measure, Object baseline, Object target) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("domain", "emotional");
        body.put("statement", "Will use a chosen song to cope during dressing changes");
        body.put("measure", measure);
        if (baseline != null) {
            body.put("baseline", baseline);
        }
        body.put("target", target);
        body.put("criterion", Map.of("consecutiveSessions", 2));
        return body;
    }

    public static Map<String, Object> withStatus(Map<String, Object> body, String status) {
        Map<String, Object> copy = new LinkedHashMap<>(body);
        copy.put("status", status);
        return copy;
    }

    /** Creates a goal as the therapist and returns its id. */
    public static String create(Api therapist, String clientId, Map<String, Object> body) {
        return therapist.request().body(body).post("/api/v1/clients/" + clientId + "/goals")
                .then().statusCode(201).extract().path("id");
    }
}
