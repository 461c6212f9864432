package app.cadence.security;

import static app.cadence.security.Grant.ALL;
import static app.cadence.security.Grant.NO;
import static app.cadence.security.Grant.OWN;
import static app.cadence.security.Grant.TEAM;

/**
 * The permission matrix of DESIGN.md, transcribed independently of {@link Action} so that the
 * matrix test compares the running API with the contract rather than with the code under test.
 * The last rows are not matrix rows: they come from the roles and resources sections of DESIGN.md,
 * or record a decision where it is silent.
 */
enum Permission {
    READ_CLIENT("read client profile, goals, sessions", TEAM, TEAM, ALL, ALL),
    CREATE_CLIENT("create client", ALL, ALL, ALL, ALL),
    UPDATE_CLIENT("update client demographics/identifiers", TEAM, NO, ALL, ALL),
    MANAGE("manage care team, staff, intervention catalog", NO, NO, ALL, NO),
    CREATE_REFERRAL("create referral", ALL, ALL, ALL, ALL),
    DECIDE_REFERRAL("accept / decline referral", ALL, NO, ALL, NO),
    WRITE_CLINICAL("write assessments, goals, sessions, notes", TEAM, NO, NO, NO),
    READ_DRAFT_NOTE("read draft notes", TEAM, NO, ALL, NO),
    READ_SIGNED_NOTE("read signed notes and addenda", TEAM, TEAM, ALL, ALL),
    /** The author rule on top of the role is a variant of the signNote entry. */
    SIGN_NOTE("sign a note (its author)", TEAM, NO, NO, NO),
    /** Supervisors, and supervising therapists named on the intern's staff record (a variant of cosignNote). */
    COSIGN_NOTE("co-sign an intern's note", TEAM, NO, ALL, NO),
    /** "treatment plan ... team | no | yes (corrections, plan review)": supervisors review plans, they do not write them. */
    WRITE_PLAN("treatment plan (write)", TEAM, NO, NO, NO),
    REVIEW_PLAN("treatment plan review", TEAM, NO, ALL, NO),
    /** "corrections (entered-in-error) ... team | no | yes (corrections ...)". */
    CORRECT_RECORD("corrections (entered-in-error)", TEAM, NO, ALL, NO),
    ADD_ADDENDUM("add an addendum to a signed note", TEAM, TEAM, NO, NO),
    DISCHARGE_CLIENT("discharge a client", TEAM, NO, ALL, NO),
    AUDIT_EVENTS("audit events, signed-record verification", NO, NO, ALL, NO),
    /** A therapist's outcome report covers their own caseload: narrowed, never refused. */
    OUTCOME_REPORT("outcome report", TEAM, NO, ALL, NO),
    EXPORT_CLIENT("progress report, FHIR export of a client", TEAM, TEAM, ALL, ALL),

    /** Managing facilities: a program lead, i.e. a supervisor for every facility (the matrix's supervisor). */
    PROGRAM_LEAD("facilities", NO, NO, ALL, NO),

    /** /me, the staff directory, the intervention catalog and the scales: any Cadence role. */
    ANY_ROLE("any Cadence role", ALL, ALL, ALL, ALL),
    /**
     * DESIGN.md does not say who reads referrals; decided by minimum necessary (issue 10). A decided
     * referral is read by the care team of its child and by whoever made it; an integration reads
     * only the referrals it made (the hospital's own orders, whose outcome it needs), never the
     * program's other referrals; supervisors read all.
     */
    READ_REFERRAL("read a decided referral", TEAM, TEAM, ALL, OWN),
    /**
     * The pending queue: therapists take on children who are on no team yet, so every therapist
     * sees every pending referral; the others as for decided ones.
     */
    READ_PENDING_REFERRAL("read a pending referral", ALL, TEAM, ALL, OWN),
    /** "the caller's (supervisor: everyone's) sessions without a signed note": only roles that document sessions. */
    READ_WORKLIST("unsigned-notes worklist", TEAM, NO, ALL, NO),
    /**
     * The agenda (issue 13): the roles that keep a schedule. A therapist's day holds their own
     * sessions of clients on their care teams (narrowed, never refused); a supervisor's every session.
     */
    READ_AGENDA("agenda: a day's sessions", TEAM, NO, ALL, NO),
    /** Issue 14: the facility list (codes, names, time zones; no patient data) is open to every role. */
    READ_FACILITIES("read facilities", ALL, ALL, ALL, ALL);

    private final String row;
    private final Grant therapist;
    private final Grant childLifeSpecialist;
    private final Grant supervisor;
    private final Grant integration;

    Permission(String row, Grant therapist, Grant childLifeSpecialist, Grant supervisor, Grant integration) {
        this.row = row;
        this.therapist = therapist;
        this.childLifeSpecialist = childLifeSpecialist;
        this.supervisor = supervisor;
        this.integration = integration;
    }

    String row() {
        return row;
    }

    Grant grant(Persona persona) {
        return switch (persona) {
            case THERAPIST -> therapist;
            case CHILD_LIFE_SPECIALIST -> childLifeSpecialist;
            case SUPERVISOR -> supervisor;
            case INTEGRATION -> integration;
            case NO_CADENCE_ROLE -> NO;
        };
    }
}
