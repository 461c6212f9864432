package app.cadence.fhir;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;

import app.cadence.client.ClientStatus;
import app.cadence.discharge.Discharge;
import app.cadence.goal.Goal;
import app.cadence.referral.Referral;
import app.cadence.referral.ReferralStatus;
import app.cadence.session.Session;

/**
 * One course of therapy, from referral to discharge. Each discharge closes an episode; the records
 * made up to it belong to it, those made after it to the next (a discharged child returns through
 * a new referral). Records are placed by when they were made, which, unlike a session's planned
 * start, always falls before the discharge that followed them.
 *
 * @param index position among the client's episodes, stable as new ones only ever follow
 */
record Episode(int index, OffsetDateTime start, Optional<Discharge> closedBy, List<Referral> referrals,
        List<Session> sessions, List<Goal> goals) {

    /** The client's episodes, oldest first. */
    static List<Episode> of(ClientRecord record) {
        List<Discharge> discharges = record.discharges();
        List<Episode> episodes = new ArrayList<>();
        for (int i = 0; i <= discharges.size(); i++) {
            OffsetDateTime after = i == 0 ? null : discharges.get(i - 1).createdAt;
            OffsetDateTime until = i < discharges.size() ? discharges.get(i).createdAt : null;
            List<Referral> referrals = within(record.referrals(), r -> r.createdAt, after, until);
            List<Session> sessions = within(record.sessions(), s -> s.createdAt, after, until);
            List<Goal> goals = within(record.goals(), g -> g.createdAt, after, until);
            boolean closed = until != null;
            boolean open = !closed && (i == 0 || record.client().status != ClientStatus.DISCHARGED);
            if (closed || open || !referrals.isEmpty() || !sessions.isEmpty() || !goals.isEmpty()) {
                OffsetDateTime start = i == 0 && referrals.isEmpty() ? record.client().createdAt
                        : Stream.of(referrals.stream().map(r -> r.createdAt), sessions.stream().map(s -> s.createdAt),
                                goals.stream().map(g -> g.createdAt))
                                .flatMap(Function.identity()).min(Comparator.naturalOrder())
                                .orElse(i == 0 ? record.client().createdAt : after);
                episodes.add(new Episode(i, start, closed ? Optional.of(discharges.get(i)) : Optional.empty(),
                        referrals, sessions, goals));
            }
        }
        return episodes;
    }

    UUID id(UUID clientId) {
        return DerivedIds.of("episode-of-care", clientId, index);
    }

    /** The therapist who took the child on, when a referral of this episode was accepted. */
    Optional<UUID> acceptedBy() {
        return referrals.stream().filter(r -> r.status == ReferralStatus.ACCEPTED && r.assignedTherapist != null)
                .map(r -> r.assignedTherapist.id).findFirst();
    }

    private static <T> List<T> within(List<T> records, Function<T, OffsetDateTime> madeAt, OffsetDateTime after,
            OffsetDateTime until) {
        return records.stream().filter(r -> {
            OffsetDateTime at = madeAt.apply(r);
            return (after == null || at.isAfter(after)) && (until == null || !at.isAfter(until));
        }).toList();
    }
}
