package app.cadence.security;

import java.util.Set;

/** The OIDC realm roles Cadence understands (DESIGN.md). A caller with none of them is refused. */
public final class Roles {

    public static final String THERAPIST = "therapist";
    public static final String CHILD_LIFE_SPECIALIST = "child-life-specialist";
    public static final String SUPERVISOR = "supervisor";
    public static final String INTEGRATION = "integration";

    public static final Set<String> ALL = Set.of(THERAPIST, CHILD_LIFE_SPECIALIST, SUPERVISOR, INTEGRATION);

    private Roles() {
    }
}
