package app.cadence.referral;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.UUID;

import app.cadence.common.paging.Cursor;
import app.cadence.common.problem.ProblemException;

/** Where a queue page ends: the last referral's priority rank, creation time and id (no names). */
record QueuePosition(short rank, OffsetDateTime createdAt, UUID id) {

    static QueuePosition after(Referral referral) {
        return new QueuePosition((short) referral.priority.rank(), referral.createdAt, referral.id);
    }

    Cursor cursor() {
        return Cursor.of(rank, createdAt, id);
    }

    static Optional<QueuePosition> decode(String token) {
        return Cursor.decode(token, 3).map(cursor -> {
            try {
                return new QueuePosition(Short.parseShort(cursor.get(0)), OffsetDateTime.parse(cursor.get(1)),
                        cursor.uuid(2));
            } catch (NumberFormatException | DateTimeParseException e) {
                throw ProblemException.malformed("The cursor is not a referral queue position; start again without a cursor");
            }
        });
    }
}
