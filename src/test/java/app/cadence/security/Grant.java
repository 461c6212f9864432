package app.cadence.security;

/** One cell of the permission matrix: how far a role may perform an action. */
enum Grant {
    /** Refused outright: 403. */
    NO,
    /** Only for clients on whose active care team the caller is; any other client answers 404. */
    TEAM,
    /** For every client. */
    ALL,
    /** Only records the caller made, on any team; every other one answers 404. */
    OWN
}
