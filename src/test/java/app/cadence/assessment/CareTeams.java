package app.cadence.assessment;

import java.util.Map;

import app.cadence.support.Api;
import app.cadence.support.Clients;

/** Clients in therapy and the people on their care teams, for the clinical-record tests. */
public final class CareTeams {

    private CareTeams() {
    }

    /** An active client whose primary therapist is {@code therapist}. */
    public static String activeClient(Api therapist) {
        Map<String, Object> body = Clients.child();
        body.put("status", "active");
        return Clients.create(therapist, body);
    }

    /**
     * Puts {@code member} on the client's care team in {@code role}, as a supervisor does. A new
     * supervisor each time: a token kept for the whole suite would expire on a slow machine.
     */
    public static void join(String clientId, Api member, String role) {
        Api.newSupervisor().request().body(Map.of("staffId", member.staffId(), "role", role))
                .post("/api/v1/clients/" + clientId + "/care-team").then().statusCode(201);
    }
}
