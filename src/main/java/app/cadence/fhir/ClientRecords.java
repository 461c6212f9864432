package app.cadence.fhir;

import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import app.cadence.careteam.CareTeamMember;
import app.cadence.client.Client;
import app.cadence.correction.MeasurementMarking;
import app.cadence.correction.RecordType;
import app.cadence.discharge.Discharge;
import app.cadence.goal.Goal;
import app.cadence.intervention.Intervention;
import app.cadence.intervention.Scale;
import app.cadence.note.Addendum;
import app.cadence.note.NoteStatus;
import app.cadence.note.SessionNote;
import app.cadence.referral.Referral;
import app.cadence.session.Session;
import app.cadence.staff.Staff;

/** Loads a client's whole record for export: one statement per kind of record, whatever its size. */
@ApplicationScoped
class ClientRecords {

    private final EntityManager em;

    ClientRecords(EntityManager em) {
        this.em = em;
    }

    ClientRecord load(Client client) {
        UUID id = client.id;
        List<Referral> referrals = em.createQuery(
                "select r from Referral r where r.client.id = :client order by r.createdAt, r.id", Referral.class)
                .setParameter("client", id).getResultList();
        List<CareTeamMember> careTeam = em.createQuery(
                "select m from CareTeamMember m join fetch m.staff where m.clientId = :client order by m.since, m.id",
                CareTeamMember.class).setParameter("client", id).getResultList();
        List<Goal> goals = em.createQuery("select g from Goal g where g.clientId = :client and " + RecordType.GOAL.notMarkedJpql("g.id")
                + " order by g.createdAt, g.id",
                Goal.class).setParameter("client", id).getResultList();
        List<Session> sessions = em.createQuery(
                "select s from Session s where s.clientId = :client and " + RecordType.SESSION.notMarkedJpql("s.id")
                        + " order by s.startsAt, s.id", Session.class)
                .setParameter("client", id).getResultList();
        List<Discharge> discharges = em.createQuery(
                "select d from Discharge d where d.clientId = :client order by d.createdAt, d.id", Discharge.class)
                .setParameter("client", id).getResultList();

        Map<UUID, SessionNote> notes = sessions.isEmpty() ? Map.of() : em.createQuery(
                "select n from SessionNote n where n.sessionId in :sessions and n.status = :signed", SessionNote.class)
                .setParameter("sessions", sessions.stream().map(s -> s.id).toList())
                .setParameter("signed", NoteStatus.SIGNED)
                .getResultStream().collect(Collectors.toMap(n -> n.sessionId, Function.identity()));
        Map<UUID, List<Addendum>> addenda = notes.isEmpty() ? Map.of() : em.createQuery(
                "select a from Addendum a where a.noteId in :notes order by a.signedAt, a.id", Addendum.class)
                .setParameter("notes", notes.values().stream().map(n -> n.id).toList())
                .getResultStream().collect(Collectors.groupingBy(a -> a.noteId, LinkedHashMap::new, Collectors.toList()));

        Set<String> codes = sessions.stream().flatMap(s -> s.interventions.stream()).map(i -> i.code)
                .collect(Collectors.toSet());
        Map<String, Intervention> interventions = codes.isEmpty() ? Map.of() : em.createQuery(
                "select i from Intervention i where i.code in :codes", Intervention.class)
                .setParameter("codes", codes)
                .getResultStream().collect(Collectors.toMap(i -> i.code, Function.identity()));
        Map<String, Scale> scales = em.createQuery("select s from Scale s", Scale.class)
                .getResultStream().collect(Collectors.toMap(s -> s.code, Function.identity()));

        Set<UUID> staffIds = new HashSet<>();
        referrals.forEach(r -> {
            staffIds.add(r.referredBy.id);
            if (r.assignedTherapist != null) {
                staffIds.add(r.assignedTherapist.id);
            }
        });
        careTeam.forEach(m -> staffIds.add(m.staff.id));
        goals.stream().map(g -> g.createdBy).forEach(staffIds::add);
        sessions.forEach(s -> staffIds.add(s.therapistId));
        notes.values().forEach(n -> {
            staffIds.add(n.authorId);
            staffIds.add(n.signedBy);
        });
        addenda.values().stream().flatMap(Collection::stream).forEach(a -> staffIds.add(a.authorId));
        staffIds.remove(null);
        Map<UUID, Staff> staff = staffIds.isEmpty() ? Map.of() : em.createQuery("select s from Staff s where s.id in :ids order by s.id", Staff.class)
                .setParameter("ids", staffIds)
                .getResultStream().collect(Collectors.toMap(s -> s.id, Function.identity(), (a, b) -> a, LinkedHashMap::new));

        Set<MeasurementMarking.Key> markedMeasurements = sessions.isEmpty() ? Set.of() : em.createQuery(
                "select m from MeasurementMarking m where m.sessionId in :sessions", MeasurementMarking.class)
                .setParameter("sessions", sessions.stream().map(s -> s.id).toList())
                .getResultStream().map(m -> new MeasurementMarking.Key(m.sessionId, m.position))
                .collect(Collectors.toSet());

        return new ClientRecord(client, referrals, careTeam, goals, sessions, notes, addenda, discharges, staff,
                interventions, scales, markedMeasurements);
    }
}
