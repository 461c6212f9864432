package app.cadence.security;

import static app.cadence.security.MatrixEntry.client;
import static app.cadence.security.MatrixEntry.global;
import static app.cadence.security.MatrixRequest.none;
import static app.cadence.security.MatrixRequest.path;
import static app.cadence.security.MatrixRequest.query;
import static app.cadence.security.Permission.ADD_ADDENDUM;
import static app.cadence.security.Permission.ANY_ROLE;
import static app.cadence.security.Permission.AUDIT_EVENTS;
import static app.cadence.security.Permission.CORRECT_RECORD;
import static app.cadence.security.Permission.COSIGN_NOTE;
import static app.cadence.security.Permission.CREATE_CLIENT;
import static app.cadence.security.Permission.CREATE_REFERRAL;
import static app.cadence.security.Permission.DECIDE_REFERRAL;
import static app.cadence.security.Permission.DISCHARGE_CLIENT;
import static app.cadence.security.Permission.EXPORT_CLIENT;
import static app.cadence.security.Permission.MANAGE;
import static app.cadence.security.Permission.OUTCOME_REPORT;
import static app.cadence.security.Permission.PROGRAM_LEAD;
import static app.cadence.security.Permission.READ_AGENDA;
import static app.cadence.security.Permission.READ_CLIENT;
import static app.cadence.security.Permission.READ_DRAFT_NOTE;
import static app.cadence.security.Permission.READ_FACILITIES;
import static app.cadence.security.Permission.READ_PENDING_REFERRAL;
import static app.cadence.security.Permission.READ_REFERRAL;
import static app.cadence.security.Permission.READ_SIGNED_NOTE;
import static app.cadence.security.Permission.READ_WORKLIST;
import static app.cadence.security.Permission.REVIEW_PLAN;
import static app.cadence.security.Permission.WRITE_PLAN;
import static app.cadence.security.Permission.SIGN_NOTE;
import static app.cadence.security.Permission.UPDATE_CLIENT;
import static app.cadence.security.Permission.WRITE_CLINICAL;
import static app.cadence.security.TeamRecords.CLIENTS;
import static app.cadence.security.TeamRecords.GROUP_SESSIONS;
import static app.cadence.security.TeamRecords.SESSIONS;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import app.cadence.assessment.Assessments;
import app.cadence.goal.Goals;
import app.cadence.support.Api;
import app.cadence.support.Clients;
import app.cadence.support.Facilities;

/**
 * Every operation of the API with the permission it needs and a request that succeeds when the
 * caller is allowed. Bodies are valid, because Bean Validation answers 422 before any access check
 * and would hide a 403; operations that change state act on fresh records, so that every allowed
 * case meets the state its success needs. A new operation needs a row here, or the matrix test fails.
 */
final class OperationTable {

    private static final String ASSESSMENTS = "/api/v1/assessments/";
    private static final String GOALS = "/api/v1/goals/";

    private OperationTable() {
    }

    static List<MatrixEntry> entries() {
        return List.of(
                // Staff
                global("getMe", ANY_ROLE, 200, t -> none()),
                global("listStaff", ANY_ROLE, 200, t -> none()),
                global("createStaff", MANAGE, 201, t -> none().body(Map.of("subject", "pre-provisioned-" + UUID.randomUUID(),
                        "displayName", "Rowan Ellis", "roles", List.of("therapist")))),
                global("getStaff", ANY_ROLE, 200, t -> path("staffId", t.therapistStaffId)),
                global("setStaffSupervision", MANAGE, 200, t -> {
                    String staffId = Api.newTherapist().staffId();
                    return path("staffId", staffId).ifMatch(t.etag("/api/v1/staff/" + staffId))
                            .body(Map.of("requiresCosignature", true, "supervisingTherapistIds", List.of(t.therapistStaffId)));
                }),
                global("setStaffFacilities", MANAGE, 200, t -> {
                    String staffId = Api.newTherapist().staffId();
                    return path("staffId", staffId).ifMatch(t.etag("/api/v1/staff/" + staffId))
                            .body(Map.of("facilities", List.of(MatrixWorld.CLIENTS_FACILITY)));
                }),

                // Clients: a list is narrowed to the caller's care teams, never refused to a reader.
                global("listClients", READ_CLIENT, 200, t -> none()),
                global("createClient", CREATE_CLIENT, 201, t -> none().body(Clients.child())),
                client("getClient", READ_CLIENT, 200, t -> path("clientId", t.clientId)),
                client("updateClient", UPDATE_CLIENT, 200, t -> path("clientId", t.clientId).body(t.clientBody)
                        .ifMatch(t.etag(CLIENTS + t.clientId))),

                // Care teams
                client("listCareTeam", READ_CLIENT, 200, t -> path("clientId", t.clientId)),
                client("getCareTeamMember", READ_CLIENT, 200, t -> path("clientId", t.clientId).and("memberId", t.memberId)),
                client("addCareTeamMember", MANAGE, 201, t -> path("clientId", t.clientId)
                        .body(Map.of("staffId", Api.newTherapist().staffId(), "role", "therapist"))),
                client("endCareTeamMembership", MANAGE, 204, t -> path("clientId", t.clientId)
                        .and("memberId", t.freshMembership())),

                // Referrals: a list is narrowed to what the caller may read, never refused to a reader.
                global("listReferrals", READ_REFERRAL, 200, t -> none()),
                global("createReferral", CREATE_REFERRAL, 201, t -> none().body(referral("client", Clients.child()))),
                // Referring a child already in Cadence means reading that child's record first.
                client("createReferral", CREATE_REFERRAL, 201, t -> none()
                        .body(referral("clientId", t.freshActiveClient())))
                        .variant("existing client").reachedThrough(READ_CLIENT),
                // Decided referrals follow the child's care team (and their maker); pending ones are the queue.
                client("getReferral", READ_REFERRAL, 200, t -> path("referralId", t.referralId)),
                client("getReferral", READ_PENDING_REFERRAL, 200, t -> path("referralId", t.freshPendingReferral()))
                        .variant("pending"),
                client("getReferral", READ_REFERRAL, 200, t -> path("referralId", t.integrationReferralId))
                        .variant("made by the integration").madeBy(Persona.INTEGRATION),
                client("acceptReferral", DECIDE_REFERRAL, 200, t -> path("referralId", t.freshPendingReferral())
                        .body(Map.of())),
                client("declineReferral", DECIDE_REFERRAL, 200, t -> path("referralId", t.freshPendingReferral())
                        .body(Map.of("reason", "Discharged home before a first session was possible"))),

                // Assessments
                client("listAssessments", READ_CLIENT, 200, t -> path("clientId", t.clientId)),
                client("createAssessment", WRITE_CLINICAL, 201, t -> path("clientId", t.clientId)
                        .body(Assessments.initial("2025-03-03"))),
                client("getAssessment", READ_CLIENT, 200, t -> path("assessmentId", t.assessmentId)),
                client("updateAssessment", WRITE_CLINICAL, 200, t -> path("assessmentId", t.assessmentId)
                        .body(Assessments.initial("2025-03-03")).ifMatch(t.etag(ASSESSMENTS + t.assessmentId))),
                client("finalizeAssessment", WRITE_CLINICAL, 200, t -> path("assessmentId", t.freshAssessment())),
                client("markAssessmentEnteredInError", CORRECT_RECORD, 200, t -> path("assessmentId", t.freshAssessment())
                        .body(TeamRecords.correction())),

                // Goals
                client("listGoals", READ_CLIENT, 200, t -> path("clientId", t.clientId)),
                client("createGoal", WRITE_CLINICAL, 201, t -> path("clientId", t.clientId).body(Goals.percent())),
                client("getGoal", READ_CLIENT, 200, t -> path("goalId", t.goalId)),
                client("updateGoal", WRITE_CLINICAL, 200, t -> path("goalId", t.goalId).body(t.goalBody)
                        .ifMatch(t.etag(GOALS + t.goalId))),
                client("getGoalProgress", READ_CLIENT, 200, t -> path("goalId", t.goalId)),
                client("markGoalEnteredInError", CORRECT_RECORD, 200, t -> path("goalId", t.freshGoal())
                        .body(TeamRecords.correction())),

                // Sessions
                client("listSessions", READ_CLIENT, 200, t -> path("clientId", t.clientId)),
                client("createSession", WRITE_CLINICAL, 201, t -> path("clientId", t.clientId).body(t.sessionBody)),
                client("getSession", READ_CLIENT, 200, t -> path("sessionId", t.signedSessionId)),
                client("updateSession", WRITE_CLINICAL, 200, t -> path("sessionId", t.draftSessionId).body(t.sessionBody)
                        .ifMatch(t.etag(SESSIONS + t.draftSessionId))),
                client("markSessionEnteredInError", CORRECT_RECORD, 200, t -> path("sessionId", t.freshSession())
                        .body(TeamRecords.correction())),
                client("markMeasurementEnteredInError", CORRECT_RECORD, 200, t -> path("sessionId", t.freshMeasuredSession())
                        .and("position", "0").body(TeamRecords.correction())),

                // Group sessions: read through the participants within reach (a group of the off team's child
                // is not found), written by a therapist on every participant's care team.
                global("listGroupSessions", READ_CLIENT, 200, t -> none()),
                client("createGroupSession", WRITE_CLINICAL, 201, t -> none().body(TeamRecords.groupSession(t.clientId))),
                client("getGroupSession", READ_CLIENT, 200, t -> path("groupSessionId", t.groupSessionId)),
                client("updateGroupSession", WRITE_CLINICAL, 200, t -> path("groupSessionId", t.groupSessionId)
                        .body(TeamRecords.groupSessionUpdate()).ifMatch(t.etag(GROUP_SESSIONS + t.groupSessionId))),

                // Notes and addenda
                client("getNote", READ_SIGNED_NOTE, 200, t -> path("sessionId", t.signedSessionId)),
                // Whoever reads signed notes only finds no note until it is signed: 404, not 403.
                client("getNote", READ_SIGNED_NOTE, 200, t -> path("sessionId", t.draftSessionId))
                        .variant("draft").whenAllowed(p -> READ_DRAFT_NOTE.grant(p) == Grant.NO ? 404 : 200),
                client("writeNote", WRITE_CLINICAL, 201, t -> path("sessionId", t.freshSession())
                        .body(TeamRecords.note())),
                client("writeNote", WRITE_CLINICAL, 200, t -> path("sessionId", t.draftSessionId)
                        .body(TeamRecords.note()).ifMatch(t.etag(SESSIONS + t.draftSessionId + "/note")))
                        .variant("replace the draft"),
                // The therapist of the "on" team wrote the draft (off: the other team's therapist did).
                client("signNote", SIGN_NOTE, 200, t -> path("sessionId", t.freshDraft(t.therapist))),
                // DESIGN.md: a note is signed by its author only; a co-treating therapist is refused.
                client("signNote", SIGN_NOTE, 200, t -> path("sessionId", t.freshDraft(t.coTherapist)))
                        .variant("another therapist's draft").whenAllowed(p -> 403),
                // An intern's note naming the team's therapist as supervising therapist.
                client("cosignNote", COSIGN_NOTE, 200, t -> path("sessionId", t.freshAwaitingCosignature(true))),
                client("cosignNote", COSIGN_NOTE, 200, t -> path("sessionId", t.freshAwaitingCosignature(false)))
                        .variant("an intern supervised by others").whenAllowed(p -> p == Persona.SUPERVISOR ? 200 : 403),
                client("addAddendum", ADD_ADDENDUM, 201, t -> path("sessionId", t.signedSessionId)
                        .body(TeamRecords.addendum())),
                client("getAddendum", READ_SIGNED_NOTE, 200, t -> path("sessionId", t.signedSessionId)
                        .and("addendumId", t.addendumId)),

                // Treatment plans: the team's therapists write them, supervisors review them too.
                client("listTreatmentPlans", READ_CLIENT, 200, t -> path("clientId", t.clientId)),
                client("createTreatmentPlan", WRITE_PLAN, 201, t -> path("clientId", t.clientId)
                        .body(TeamRecords.plan(t.goalId))),
                client("getTreatmentPlan", READ_CLIENT, 200, t -> path("planId", t.planId)),
                client("updateTreatmentPlan", WRITE_PLAN, 200, t -> {
                    String planId = t.freshPlan();
                    return path("planId", planId).ifMatch(t.etag("/api/v1/treatment-plans/" + planId))
                            .body(TeamRecords.plan(t.goalId));
                }),
                client("reviewTreatmentPlan", REVIEW_PLAN, 201, t -> path("planId", t.freshPlan())
                        .body(Map.of("outcome", "continue", "note", "On track"))),
                global("listPlansNeedingAttention", READ_WORKLIST, 200, t -> none()),

                // Discharge
                client("dischargeClient", DISCHARGE_CLIENT, 201, t -> path("clientId", t.freshActiveClient())
                        .body(TeamRecords.discharge())),
                client("getDischarge", READ_CLIENT, 200, t -> path("clientId", t.dischargedClientId)),

                // Facilities: every role reads them; a program lead manages them.
                global("listFacilities", READ_FACILITIES, 200, t -> none()),
                global("getFacility", READ_FACILITIES, 200, t -> path("facilityCode", MatrixWorld.CLIENTS_FACILITY)),
                global("createFacility", PROGRAM_LEAD, 201, t -> none().body(Map.of("code", newFacilityCode(),
                        "name", "Northside Children's Hospital", "timeZone", "America/Chicago"))),
                global("updateFacility", PROGRAM_LEAD, 200, t -> {
                    String code = Facilities.ensure(newFacilityCode());
                    return path("facilityCode", code).body(Map.of("name", "Northside Children's", "timeZone", "America/Denver"))
                            .ifMatch(t.etag("/api/v1/facilities/" + code));
                }),

                // Intervention catalog and scales
                global("listInterventions", ANY_ROLE, 200, t -> none()),
                global("createIntervention", MANAGE, 201, t -> none().body(Map.of("code", "m" + UUID.randomUUID(),
                        "name", "Hello song on drums", "category", "creating",
                        "description", "A drummed greeting song that opens group sessions."))),
                global("getIntervention", ANY_ROLE, 200, t -> path("code", "therapeutic-singing")),
                global("listScales", ANY_ROLE, 200, t -> none()),

                // Worklist: a therapist's own sessions, a supervisor's view of everyone's.
                global("listUnsignedNotes", READ_WORKLIST, 200, t -> none()),
                global("getAgenda", READ_AGENDA, 200, t -> none()),
                global("listPendingCosignatures", COSIGN_NOTE, 200, t -> none()),

                // The audit trail and the verification of signed records: supervisors only.
                global("listAuditEvents", AUDIT_EVENTS, 200, t -> none()),
                global("verifySignedRecords", AUDIT_EVENTS, 200, t -> none()),
                global("verifyAuditTrail", AUDIT_EVENTS, 200, t -> none()),

                // Reports
                client("getProgressReport", EXPORT_CLIENT, 200, t -> path("clientId", t.clientId)),
                global("getOutcomeReport", OUTCOME_REPORT, 200, t -> none()),

                // FHIR façade: the capability statement for any Cadence role; a search is narrowed to the
                // caller's care teams, never refused to a reader.
                global("getFhirCapabilityStatement", ANY_ROLE, 200, t -> none()),
                global("searchFhirPatients", EXPORT_CLIENT, 200, t -> query("identifier", mrn(t))),
                client("readFhirPatient", EXPORT_CLIENT, 200, t -> path("id", t.clientId)),
                client("getFhirPatientEverything", EXPORT_CLIENT, 200, t -> path("id", t.clientId)));
    }

    /** The system|value of the team client's MRN, as a FHIR identifier search takes it. */
    @SuppressWarnings("unchecked")
    private static String mrn(TeamRecords t) {
        Map<String, Object> identifier = ((List<Map<String, Object>>) t.clientBody.get("identifiers")).get(0);
        return identifier.get("system") + "|" + identifier.get("value");
    }

    private static String newFacilityCode() {
        return "M" + UUID.randomUUID().toString().toUpperCase(java.util.Locale.ROOT);
    }

    private static Map<String, Object> referral(String clientField, Object client) {
        return Map.of(clientField, client, "reasons", List.of("anxiety"), "priority", "routine");
    }
}
