package app.cadence.common.problem;

import java.sql.SQLException;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Describes an exception for the log without its messages. Messages of database, JSON and
 * validation errors quote the data that caused them (a duplicate MRN, a name, note text), and
 * nothing about a patient may reach the log; the types, SQL states and the frames where it
 * happened are what an operator needs to find the defect.
 */
public final class SafeThrowables {

    private static final int FRAMES = 6;

    private SafeThrowables() {
    }

    /** The chain of exception types and SQL states on one line, e.g. for an expected failure. */
    static String summary(Throwable error) {
        return chain(error, " < ", 0);
    }

    public static String describe(Throwable error) {
        return chain(error, "\n  caused by ", FRAMES);
    }

    private static String chain(Throwable error, String separator, int frames) {
        StringBuilder description = new StringBuilder();
        for (Throwable cause = error; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause != error) {
                description.append(separator);
            }
            description.append(cause.getClass().getName());
            if (cause instanceof SQLException sql && sql.getSQLState() != null) {
                description.append(" [SQLState ").append(sql.getSQLState()).append(']');
            }
            description.append(Arrays.stream(cause.getStackTrace()).limit(frames)
                    .map(frame -> "\n    at " + frame)
                    .collect(Collectors.joining()));
        }
        return description.toString();
    }
}
