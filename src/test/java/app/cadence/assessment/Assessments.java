package app.cadence.assessment;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import app.cadence.support.Api;

/** Assessment request bodies for tests. */
public final class Assessments {

    private Assessments() {
    }

    public static Map<String, Object> initial(String assessedOn) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("assessedOn", assessedOn);
        body.put("kind", "initial");
        body.put("findings", List.of(
                finding("emotional", "Calms with familiar songs", "Anxiety before procedures"),
                finding("musical", "Keeps a steady beat on the drum", "Limited choice-making")));
        body.put("summary", "Engaged readily with live guitar.");
        body.put("recommendations", "Bedside sessions twice a week.");
        return body;
    }

    public static Map<String, Object> finding(String domain, String strengths, String needs) {
        return Map.of("domain", domain, "strengths", strengths, "needs", needs);
    }

    /** Creates an assessment as the therapist and returns its id. */
    public static String create(Api therapist, String clientId) {
        return therapist.request().body(initial("2025-03-03")).post("/api/v1/clients/" + clientId + "/assessments")
                .then().statusCode(201).extract().path("id");
    }
}
