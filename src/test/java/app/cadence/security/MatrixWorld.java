package app.cadence.security;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import app.cadence.support.Api;
import app.cadence.support.Clients;
import app.cadence.support.Facilities;

/**
 * The callers and the two care teams of the matrix. The therapist and the child life specialist
 * who call are the ones of the "on" team; the "off" team's child has other people on its team, so
 * the same callers meet it as outsiders. Supervisor and integration belong to no team.
 */
final class MatrixWorld {

    /** The facility of every client of the matrix (support/Clients), and one none of them is in. */
    static final String CLIENTS_FACILITY = (String) Clients.child().get("facility");
    static final String OTHER_FACILITY = Facilities.ensure("MATRIX-ELSEWHERE");

    final Api supervisor = Api.newSupervisor();
    final Api integration = Api.newIntegration();
    final Api noCadenceRole = Api.as("visitor-" + UUID.randomUUID(), "offline_access", "uma_authorization");
    final TeamRecords onTeam = new TeamRecords(supervisor, integration);
    final TeamRecords offTeam = new TeamRecords(supervisor, integration);

    Api caller(Persona persona) {
        return switch (persona) {
            case THERAPIST -> onTeam.therapist;
            case CHILD_LIFE_SPECIALIST -> onTeam.ccls;
            case SUPERVISOR -> supervisor;
            case INTEGRATION -> integration;
            case NO_CADENCE_ROLE -> noCadenceRole;
        };
    }

    /** The persona's caller; for the facility cases the same person with a token naming one facility. */
    Api caller(Persona persona, Reach reach) {
        Api caller = caller(persona);
        if (reach != Reach.IN_FACILITY && reach != Reach.OUT_OF_FACILITY) {
            return caller;
        }
        String facility = reach == Reach.IN_FACILITY ? CLIENTS_FACILITY : OTHER_FACILITY;
        String[] roles = switch (persona) {
            case THERAPIST -> new String[] { "therapist" };
            case CHILD_LIFE_SPECIALIST -> new String[] { "child-life-specialist" };
            case SUPERVISOR -> new String[] { "supervisor" };
            case INTEGRATION -> new String[] { "integration" };
            case NO_CADENCE_ROLE -> new String[] { "offline_access", "uma_authorization" };
        };
        return Api.as(caller.subject(), Map.of("facilities", List.of(facility)), roles);
    }

    TeamRecords records(Reach reach) {
        return reach == Reach.OFF_TEAM ? offTeam : onTeam;
    }

    /** Staff ids of the active members of the client's care team. */
    List<String> activeMembers(String clientId) {
        return supervisor.request().queryParam("limit", 100).get(TeamRecords.CLIENTS + clientId + "/care-team").then()
                .statusCode(200).extract().jsonPath().getList("items.findAll { it.active }.staffId");
    }
}
