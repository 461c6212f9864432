package app.cadence.security;

import static app.cadence.security.Scope.ALL;
import static app.cadence.security.Scope.CARE_TEAM;

import java.util.Map;

/**
 * The permission matrix of DESIGN.md, in one place. Each action names the roles that may perform
 * it and how far each role's permission reaches. A role absent from an action is refused with 403;
 * a care-team role acting on a client outside its care teams gets 404, as if the client did not
 * exist.
 */
public enum Action {
    READ_STAFF(Map.of(Roles.THERAPIST, ALL, Roles.CHILD_LIFE_SPECIALIST, ALL, Roles.SUPERVISOR, ALL,
            Roles.INTEGRATION, ALL)),
    MANAGE_STAFF(Map.of(Roles.SUPERVISOR, ALL)),
    READ_CLIENT(Map.of(Roles.THERAPIST, CARE_TEAM, Roles.CHILD_LIFE_SPECIALIST, CARE_TEAM, Roles.SUPERVISOR, ALL,
            Roles.INTEGRATION, ALL)),
    CREATE_CLIENT(Map.of(Roles.THERAPIST, ALL, Roles.CHILD_LIFE_SPECIALIST, ALL, Roles.SUPERVISOR, ALL,
            Roles.INTEGRATION, ALL)),
    UPDATE_CLIENT(Map.of(Roles.THERAPIST, CARE_TEAM, Roles.SUPERVISOR, ALL, Roles.INTEGRATION, ALL)),
    MANAGE_CARE_TEAM(Map.of(Roles.SUPERVISOR, ALL));

    private final Map<String, Scope> scopeByRole;

    Action(Map<String, Scope> scopeByRole) {
        this.scopeByRole = scopeByRole;
    }

    public Map<String, Scope> scopeByRole() {
        return scopeByRole;
    }
}
