package app.cadence.session;

import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

import app.cadence.common.paging.Cursor;

/** Where a list of sessions ordered by start time (then id) continues: the last row's startsAt and id. */
public record SessionPosition(OffsetDateTime startsAt, UUID id) {

    public Cursor cursor() {
        return Cursor.of(startsAt, id);
    }

    public static Optional<SessionPosition> decode(String token) {
        return Cursor.decode(token, 2).map(cursor -> new SessionPosition(cursor.time(0), cursor.uuid(1)));
    }
}
