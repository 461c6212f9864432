package app.cadence.security;

/** How far a role's permission for an action reaches. */
public enum Scope {
    /** Only records the caller made (an integration's own referrals); listed narrowest first. */
    OWN,
    /** Only clients on whose active care team the caller is. */
    CARE_TEAM,
    /** Every client. */
    ALL
}
