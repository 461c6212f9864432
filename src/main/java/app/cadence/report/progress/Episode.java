package app.cadence.report.progress;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The current episode of care, when a report asks for no period: it starts when the latest
 * referral was accepted (or, for a child taken on without a referral, at the first session) since
 * the last discharge, and lasts until today; for a discharged child it is the episode that the
 * discharge ended.
 */
record Episode(LocalDate from, LocalDate to) {

    /** A discharge: when it was recorded and the day it names. */
    record DischargeFact(OffsetDateTime recordedAt, LocalDate on) {
    }

    /**
     * @param acceptances when the client's referrals were accepted
     * @param discharges the client's discharges, oldest first
     * @param firstSessionAfter the start of the first completed session after a time (null: ever), if any
     */
    static Episode resolve(boolean discharged, List<OffsetDateTime> acceptances, List<DischargeFact> discharges,
            Function<OffsetDateTime, Optional<OffsetDateTime>> firstSessionAfter, OffsetDateTime clientCreatedAt,
            OffsetDateTime now, ZoneId zone) {
        OffsetDateTime after;
        OffsetDateTime until;
        LocalDate to;
        if (discharged && !discharges.isEmpty()) {
            DischargeFact last = discharges.get(discharges.size() - 1);
            after = discharges.size() > 1 ? discharges.get(discharges.size() - 2).recordedAt() : null;
            until = last.recordedAt();
            to = last.on();
        } else {
            after = discharges.isEmpty() ? null : discharges.get(discharges.size() - 1).recordedAt();
            until = now;
            to = now.atZoneSameInstant(zone).toLocalDate();
        }
        OffsetDateTime start = acceptances.stream()
                .filter(at -> (after == null || at.isAfter(after)) && !at.isAfter(until))
                .max(OffsetDateTime::compareTo)
                .or(() -> firstSessionAfter.apply(after))
                .orElse(after == null ? clientCreatedAt : after);
        LocalDate from = start.atZoneSameInstant(zone).toLocalDate();
        return new Episode(from.isAfter(to) ? to : from, to);
    }
}
