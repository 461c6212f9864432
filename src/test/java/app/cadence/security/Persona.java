package app.cadence.security;

/** The callers of the matrix: one per Cadence role, and a signed token carrying none of them. */
enum Persona {
    THERAPIST("therapist"),
    CHILD_LIFE_SPECIALIST("child-life-specialist"),
    SUPERVISOR("supervisor"),
    INTEGRATION("integration"),
    NO_CADENCE_ROLE("no Cadence role");

    private final String label;

    Persona(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }
}
