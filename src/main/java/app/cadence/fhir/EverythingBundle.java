package app.cadence.fhir;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;

import app.cadence.client.Client;
import app.cadence.goal.Goal;
import app.cadence.note.Addendum;
import app.cadence.note.SessionNote;
import app.cadence.referral.Referral;
import app.cadence.session.Session;

/**
 * A client's whole record as one searchset Bundle ({@code Patient/$everything}): the patient as
 * the match, everything else included, each entry under its absolute URL.
 */
final class EverythingBundle {

    private final ClientRecord record;
    private final List<Resource> included = new ArrayList<>();
    private final Map<UUID, List<Reference>> measurementsByGoal = new HashMap<>();

    private EverythingBundle(ClientRecord record) {
        this.record = record;
    }

    static Bundle of(ClientRecord record, String base) {
        return new EverythingBundle(record).build(base);
    }

    private Bundle build(String base) {
        Client client = record.client();
        UUID careTeamId = DerivedIds.of("care-team", client.id);
        record.staff().values().forEach(staff -> included.add(PeopleMapping.practitioner(staff)));
        included.add(PeopleMapping.careTeam(client, record.careTeam()));
        for (Episode episode : Episode.of(record)) {
            boolean finished = episode.closedBy().isPresent();
            for (Referral referral : episode.referrals()) {
                included.add(CareMapping.serviceRequest(referral, finished));
            }
            included.add(CareMapping.episodeOfCare(client, episode, careTeamId));
            episode.sessions().forEach(session -> session(session, episode.id(client.id)));
        }
        for (Goal goal : record.goals()) {
            included.add(CareMapping.goal(goal, measurementsByGoal.getOrDefault(goal.id, List.of())));
        }

        Bundle bundle = Searchsets.bundle(base, base + "/Patient/" + client.id + "/$everything");
        Searchsets.match(bundle, base, PeopleMapping.patient(client));
        included.forEach(resource -> Searchsets.include(bundle, base, resource));
        bundle.setTotal(bundle.getEntry().size());
        return bundle;
    }

    private void session(Session session, UUID episodeId) {
        SessionNote note = record.signedNoteBySession().get(session.id);
        boolean signed = note != null;
        included.add(SessionMapping.encounter(session, episodeId));
        for (int i = 0; i < session.interventions.size(); i++) {
            var use = session.interventions.get(i);
            included.add(SessionMapping.procedure(session, i, use, record.interventions().get(use.code)));
        }
        for (int i = 0; i < session.measurements.size(); i++) {
            var measurement = session.measurements.get(i);
            if (!record.hasGoal(measurement.goalId) || !record.hasMeasurement(session.id, i)) {
                continue; // marked entered-in-error, itself or with its goal
            }
            Observation observation = SessionMapping.measurement(session, i, measurement,
                    record.goal(measurement.goalId), signed);
            included.add(observation);
            measurementsByGoal.computeIfAbsent(measurement.goalId, g -> new ArrayList<>())
                    .add(Fhir.ref("Observation", UUID.fromString(observation.getIdElement().getIdPart())));
        }
        session.scores.stream().sorted((a, b) -> a.scale.compareTo(b.scale))
                .forEach(score -> included.addAll(SessionMapping.scores(session, score, record.scales().get(score.scale),
                        signed)));
        if (signed) {
            included.add(DocumentMapping.note(note, session));
            included.add(DocumentMapping.signature(note.id, note.signedBy, note.signedAt, note.contentSha256));
            for (Addendum addendum : record.addendaByNote().getOrDefault(note.id, List.of())) {
                included.add(DocumentMapping.addendum(addendum, note, session));
                included.add(DocumentMapping.signature(addendum.id, addendum.authorId, addendum.signedAt,
                        addendum.contentSha256));
            }
        }
    }
}
