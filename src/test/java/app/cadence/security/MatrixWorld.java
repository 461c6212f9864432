package app.cadence.security;

import java.util.List;
import java.util.UUID;

import app.cadence.support.Api;

/**
 * The callers and the two care teams of the matrix. The therapist and the child life specialist
 * who call are the ones of the "on" team; the "off" team's child has other people on its team, so
 * the same callers meet it as outsiders. Supervisor and integration belong to no team.
 */
final class MatrixWorld {

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

    TeamRecords records(Reach reach) {
        return reach == Reach.ON_TEAM ? onTeam : offTeam;
    }

    /** Staff ids of the active members of the client's care team. */
    List<String> activeMembers(String clientId) {
        return supervisor.request().queryParam("limit", 100).get(TeamRecords.CLIENTS + clientId + "/care-team").then()
                .statusCode(200).extract().jsonPath().getList("items.findAll { it.active }.staffId");
    }
}
