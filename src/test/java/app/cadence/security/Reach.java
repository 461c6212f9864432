package app.cadence.security;

/** Whether the records a case acts on belong to a client on the caller's care team. */
enum Reach {
    ON_TEAM("on-team"),
    OFF_TEAM("off-team");

    private final String label;

    Reach(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }
}
