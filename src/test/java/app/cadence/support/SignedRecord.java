package app.cadence.support;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * Signed documentation made through the API, as a therapist makes it: a client on their caseload,
 * a completed session, its SOAP note signed, and an addendum to it.
 */
public record SignedRecord(String clientId, String sessionId, String noteId, String addendumId) {

    public static final String PLAN = "Continue procedural support three times a week.";

    /** Against whatever server RestAssured is pointed at. */
    public static SignedRecord create(Api therapist, String startsAt) {
        String clientId = Clients.create(therapist);
        String sessionId = therapist.request().body(Map.of("startsAt", startsAt,
                "endsAt", OffsetDateTime.parse(startsAt).plusMinutes(40).toString(),
                "setting", "bedside", "kind", "individual", "status", "completed",
                "interventions", List.of(Map.of("code", "therapeutic-singing", "minutes", 20))))
                .post("/api/v1/clients/" + clientId + "/sessions").then().statusCode(201).extract().path("id");
        String note = "/api/v1/sessions/" + sessionId + "/note";
        String noteId = therapist.request().body(Map.of("format", "soap",
                "subjective", "Mother says \"she hums at night\".\nAnxious before the dressing change.",
                "objective", "Anxiety 7/10 pre, 3/10 post. Sang «Twinkle Twinkle» 🎵 with ukulele.",
                "assessment", "Live music supported coping.", "plan", PLAN))
                .put(note).then().statusCode(201).extract().path("id");
        therapist.request().post(note + "/sign").then().statusCode(200);
        String addendumId = therapist.request().body(Map.of("text", "Hummed her song through the next IV start."))
                .post(note + "/addenda").then().statusCode(201).extract().path("id");
        return new SignedRecord(clientId, sessionId, noteId, addendumId);
    }
}
