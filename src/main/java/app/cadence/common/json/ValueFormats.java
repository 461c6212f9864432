package app.cadence.common.json;

import java.time.LocalDate;
import java.time.temporal.Temporal;
import java.util.UUID;

/**
 * The JSON strings whose content has a format of its own: codes, ids and dates. A string of the
 * wrong content is an invalid value (422), unlike a value of the wrong JSON type (400).
 */
public final class ValueFormats {

    private ValueFormats() {
    }

    public static boolean hasFormat(Class<?> type) {
        return type != null && (type.isEnum() || Temporal.class.isAssignableFrom(type) || type == UUID.class);
    }

    /** What a valid value of the type looks like, for the violation's message. */
    public static String describe(Class<?> type) {
        if (type.isEnum()) {
            return "must be one of: " + String.join(", ", EnumCodes.of(type));
        }
        if (type == UUID.class) {
            return "must be a UUID";
        }
        if (type == LocalDate.class) {
            return "must be a date as YYYY-MM-DD";
        }
        return "must be an ISO-8601 timestamp with offset, e.g. 2025-03-05T10:00:00-05:00";
    }
}
