package app.cadence.session;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.UUID;

import app.cadence.common.paging.Cursor;
import app.cadence.common.problem.ProblemException;

/** Where a list of sessions ordered by start time (then id) continues: the last row's startsAt and id. */
public record SessionPosition(OffsetDateTime startsAt, UUID id) {

    public Cursor cursor() {
        return Cursor.of(startsAt, id);
    }

    public static Optional<SessionPosition> decode(String token) {
        return Cursor.decode(token, 2).map(cursor -> {
            try {
                return new SessionPosition(OffsetDateTime.parse(cursor.get(0)), cursor.uuid(1));
            } catch (DateTimeParseException e) {
                throw ProblemException.malformed("The cursor is not one this server issued; start again without a cursor");
            }
        });
    }
}
