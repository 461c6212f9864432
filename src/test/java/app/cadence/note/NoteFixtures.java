package app.cadence.note;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import app.cadence.support.Api;
import app.cadence.support.Clients;
import app.cadence.support.Sql;

/**
 * A client with a full care team and a session to document. Sessions are inserted with plain SQL:
 * the sessions API is not what these tests are about.
 */
final class NoteFixtures {

    static final String SUBJECTIVE = "Mother says \"she hums at night\"; slept poorly.\nAnxious before the dressing change.";
    static final String OBJECTIVE = "Anxiety 7/10 pre, 3/10 post. Sang «Twinkle Twinkle» 🎵 with ukulele\tfor 12 minutes.";
    static final String ASSESSMENT = "Preferred live music supported coping (C:\\care plan).";
    static final String PLAN = "Continue procedural support 3x/week.";

    /** Everyone who meets a note: the author (primary therapist), a co-therapist and a CCLS on the team, and outsiders. */
    record Team(Api author, Api coTherapist, Api ccls, Api supervisor, Api integration, Api offTeamTherapist,
            Api offTeamCcls, String clientId, String sessionId) {

        String note() {
            return "/api/v1/sessions/" + sessionId + "/note";
        }

        /** The same people, documenting another session of the client. */
        Team withSession(String otherSessionId) {
            return new Team(author, coTherapist, ccls, supervisor, integration, offTeamTherapist, offTeamCcls, clientId,
                    otherSessionId);
        }
    }

    private NoteFixtures() {
    }

    static Team team() {
        return team("completed");
    }

    static Team team(String sessionStatus) {
        Api author = Api.newTherapist();
        Api coTherapist = Api.newTherapist();
        Api ccls = Api.newChildLifeSpecialist();
        Api supervisor = Api.newSupervisor();
        String clientId = Clients.create(author);
        join(supervisor, clientId, coTherapist, "therapist");
        join(supervisor, clientId, ccls, "child-life-specialist");
        String sessionId = session(clientId, author.staffId(), sessionStatus);
        return new Team(author, coTherapist, ccls, supervisor, Api.newIntegration(), Api.newTherapist(),
                Api.newChildLifeSpecialist(), clientId, sessionId);
    }

    static void join(Api supervisor, String clientId, Api member, String role) {
        supervisor.request().body(Map.of("staffId", member.staffId(), "role", role))
                .post("/api/v1/clients/" + clientId + "/care-team").then().statusCode(201);
    }

    static String session(String clientId, String therapistStaffId, String status) {
        String id = UUID.randomUUID().toString();
        Sql.execute("""
                insert into session (id, client_id, therapist_id, starts_at, ends_at, setting, kind, status,
                                     family_present, created_at, updated_at, version)
                values (cast(? as uuid), cast(? as uuid), cast(? as uuid), now() - interval '2 hours',
                        now() - interval '90 minutes', 'bedside', 'individual', ?, true, now(), now(), 0)""",
                id, clientId, therapistStaffId, status);
        return id;
    }

    static Map<String, Object> soap() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("format", "soap");
        body.put("subjective", SUBJECTIVE);
        body.put("objective", OBJECTIVE);
        body.put("assessment", ASSESSMENT);
        body.put("plan", PLAN);
        return body;
    }

    static Map<String, Object> narrative(String text) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("format", "narrative");
        body.put("narrative", text);
        return body;
    }

    /** Writes a SOAP draft as the author and returns its ETag. */
    static String draft(Team team) {
        return team.author().request().body(soap()).put(team.note()).then().statusCode(201).extract().header("ETag");
    }

    /** Writes and signs a SOAP note as the author. */
    static void signed(Team team) {
        draft(team);
        team.author().request().post(team.note() + "/sign").then().statusCode(200);
    }
}
