package app.cadence.fhir;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import app.cadence.careteam.CareTeamMember;
import app.cadence.client.Client;
import app.cadence.correction.MeasurementMarking;
import app.cadence.discharge.Discharge;
import app.cadence.goal.Goal;
import app.cadence.intervention.Intervention;
import app.cadence.intervention.Scale;
import app.cadence.note.Addendum;
import app.cadence.note.SessionNote;
import app.cadence.referral.Referral;
import app.cadence.session.Session;
import app.cadence.staff.Staff;

/**
 * Everything a client's export is made of, oldest first. Signed notes only: a draft never leaves
 * the database this way.
 */
record ClientRecord(
        Client client,
        List<Referral> referrals,
        List<CareTeamMember> careTeam,
        List<Goal> goals,
        List<Session> sessions,
        Map<UUID, SessionNote> signedNoteBySession,
        Map<UUID, List<Addendum>> addendaByNote,
        List<Discharge> discharges,
        Map<UUID, Staff> staff,
        Map<String, Intervention> interventions,
        Map<String, Scale> scales,
        Set<MeasurementMarking.Key> markedMeasurements) {

    /** False for a measurement marked entered-in-error, which the record leaves out. */
    boolean hasMeasurement(UUID sessionId, int position) {
        return !markedMeasurements.contains(new MeasurementMarking.Key(sessionId, position));
    }

    Goal goal(UUID id) {
        return goals.stream().filter(g -> g.id.equals(id)).findFirst().orElseThrow();
    }

    /** False for a goal marked entered-in-error, which the record leaves out. */
    boolean hasGoal(UUID id) {
        return goals.stream().anyMatch(g -> g.id.equals(id));
    }
}
