package app.cadence.security;

import static app.cadence.security.Scope.ALL;
import static app.cadence.security.Scope.CARE_TEAM;
import static app.cadence.security.Scope.OWN;

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
    MANAGE_CARE_TEAM(Map.of(Roles.SUPERVISOR, ALL)),
    READ_CATALOG(Map.of(Roles.THERAPIST, ALL, Roles.CHILD_LIFE_SPECIALIST, ALL, Roles.SUPERVISOR, ALL,
            Roles.INTEGRATION, ALL)),
    MANAGE_CATALOG(Map.of(Roles.SUPERVISOR, ALL)),
    CREATE_REFERRAL(Map.of(Roles.THERAPIST, ALL, Roles.CHILD_LIFE_SPECIALIST, ALL, Roles.SUPERVISOR, ALL,
            Roles.INTEGRATION, ALL)),
    /**
     * Referrals, by minimum necessary: a therapist or CCLS reads those of clients on their care teams
     * and those they made, an integration only those it made (the hospital's own orders, whose
     * outcome it needs), a supervisor all. Pending referrals are also open to every role that may
     * decide them (the queue of children on no team yet): see ReferralService.
     */
    READ_REFERRAL(Map.of(Roles.THERAPIST, CARE_TEAM, Roles.CHILD_LIFE_SPECIALIST, CARE_TEAM, Roles.SUPERVISOR, ALL,
            Roles.INTEGRATION, OWN)),
    /** Accepting or declining: any therapist may take a child on, so the queue is not care-team bound. */
    DECIDE_REFERRAL(Map.of(Roles.THERAPIST, ALL, Roles.SUPERVISOR, ALL)),
    /** Assessments, goals, sessions and draft notes: the care team's therapists only. */
    WRITE_CLINICAL(Map.of(Roles.THERAPIST, CARE_TEAM)),
    READ_DRAFT_NOTE(Map.of(Roles.THERAPIST, CARE_TEAM, Roles.SUPERVISOR, ALL)),
    READ_SIGNED_NOTE(Map.of(Roles.THERAPIST, CARE_TEAM, Roles.CHILD_LIFE_SPECIALIST, CARE_TEAM, Roles.SUPERVISOR, ALL,
            Roles.INTEGRATION, ALL)),
    /** Further limited to the note's author by the note itself. */
    SIGN_NOTE(Map.of(Roles.THERAPIST, CARE_TEAM)),
    /**
     * Co-signing an intern's note: supervisors, and therapists on the care team who are named as
     * supervising therapists on the intern's staff record (the note itself checks the naming).
     */
    COSIGN_NOTE(Map.of(Roles.THERAPIST, CARE_TEAM, Roles.SUPERVISOR, ALL)),
    /** Treatment plans: written by the care team's therapists. */
    WRITE_PLAN(Map.of(Roles.THERAPIST, CARE_TEAM)),
    /** Plan reviews: the care team's therapists and supervisors. */
    REVIEW_PLAN(Map.of(Roles.THERAPIST, CARE_TEAM, Roles.SUPERVISOR, ALL)),
    /**
     * Marking a session, goal or assessment entered-in-error: the care team's therapists and
     * supervisors. Supervisors alone still read a marked record by its id.
     */
    CORRECT_RECORD(Map.of(Roles.THERAPIST, CARE_TEAM, Roles.SUPERVISOR, ALL)),
    ADD_ADDENDUM(Map.of(Roles.THERAPIST, CARE_TEAM, Roles.CHILD_LIFE_SPECIALIST, CARE_TEAM)),
    DISCHARGE_CLIENT(Map.of(Roles.THERAPIST, CARE_TEAM, Roles.SUPERVISOR, ALL)),
    /** A therapist sees their own unsigned sessions, a supervisor everyone's. */
    READ_WORKLIST(Map.of(Roles.THERAPIST, CARE_TEAM, Roles.SUPERVISOR, ALL)),
    /**
     * The day's sessions (GET /agenda): a therapist's own (run, facilitated or co-treated, for clients
     * on their care team), a supervisor's everyone's.
     */
    READ_AGENDA(Map.of(Roles.THERAPIST, CARE_TEAM, Roles.SUPERVISOR, ALL)),
    /** A client's record taken out whole: the progress report and the FHIR export. */
    EXPORT_CLIENT(Map.of(Roles.THERAPIST, CARE_TEAM, Roles.CHILD_LIFE_SPECIALIST, CARE_TEAM, Roles.SUPERVISOR, ALL,
            Roles.INTEGRATION, ALL)),
    READ_AUDIT(Map.of(Roles.SUPERVISOR, ALL)),
    VERIFY_SIGNED_RECORDS(Map.of(Roles.SUPERVISOR, ALL)),
    /** The outcome report: a therapist's covers the sessions they delivered (CARE_TEAM), a supervisor's everything. */
    READ_OUTCOMES(Map.of(Roles.THERAPIST, CARE_TEAM, Roles.SUPERVISOR, ALL)),
    /** The facility list: codes, names and time zones, no patient data, so every role may read it. */
    READ_FACILITIES(Map.of(Roles.THERAPIST, ALL, Roles.CHILD_LIFE_SPECIALIST, ALL, Roles.SUPERVISOR, ALL,
            Roles.INTEGRATION, ALL)),
    /** Further limited to a program lead (a supervisor for every facility) by AccessPolicy. */
    MANAGE_FACILITIES(Map.of(Roles.SUPERVISOR, ALL));

    private final Map<String, Scope> scopeByRole;

    Action(Map<String, Scope> scopeByRole) {
        this.scopeByRole = scopeByRole;
    }

    public Map<String, Scope> scopeByRole() {
        return scopeByRole;
    }
}
