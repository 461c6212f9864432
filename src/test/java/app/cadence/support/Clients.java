package app.cadence.support;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Client request bodies for tests: fictional children, unique identifiers per call. */
public final class Clients {

    public static final String MRN_SYSTEM = "urn:oid:2.16.840.1.113883.3.1234.1";

    private Clients() {
    }

    public static Map<String, Object> child() {
        return child("Mila", "Okafor");
    }

    public static Map<String, Object> child(String givenName, String familyName) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("givenName", givenName);
        body.put("familyName", familyName);
        body.put("preferredName", "Mimi");
        body.put("birthDate", "2017-03-14");
        body.put("facility", "Riverside Children's Hospital");
        body.put("unit", "PICU");
        body.put("identifiers", List.of(Map.of("system", MRN_SYSTEM, "value", newMrn())));
        body.put("guardians", List.of(Map.of("name", "Ada Okafor", "relationship", "mother", "phone", "+1 555 0100")));
        body.put("musicPreferences", Map.of("genres", List.of("pop", "lullaby"), "songs", List.of("Twinkle Twinkle"),
                "instruments", List.of("ukulele")));
        body.put("precautions", "Contact isolation");
        return body;
    }

    public static String newMrn() {
        return "MRN-" + UUID.randomUUID();
    }

    /** Creates a client as the caller and returns its id. */
    public static String create(Api api) {
        return create(api, child());
    }

    public static String create(Api api, Map<String, Object> body) {
        return api.request().body(body).post("/api/v1/clients").then().statusCode(201).extract().path("id");
    }
}
