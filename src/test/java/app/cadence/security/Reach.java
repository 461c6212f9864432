package app.cadence.security;

/**
 * Whether the records a case acts on belong to a client on the caller's care team, and (for callers
 * whose token names their facilities) whether that client is of the caller's facility.
 */
enum Reach {
    ON_TEAM("on-team"),
    OFF_TEAM("off-team"),
    /** The on-team records, called with a token limited to the client's facility: as on-team. */
    IN_FACILITY("on-team, token limited to the client's facility"),
    /** The on-team records, called with a token limited to another facility: 404, as off-team. */
    OUT_OF_FACILITY("on-team, token limited to another facility");

    private final String label;

    Reach(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }
}
