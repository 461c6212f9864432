package app.cadence.common.http;

import app.cadence.common.problem.ProblemException;
import app.cadence.common.problem.ProblemType;

/**
 * Strong entity tags derived from a resource's optimistic-lock version. PUT must name the version
 * it was based on, so two therapists editing one record never silently overwrite each other.
 */
public final class ETags {

    private ETags() {
    }

    public static String of(long version) {
        return "\"" + version + "\"";
    }

    /** Longest If-Match accepted: a few entity tags; Cadence's own are a number in quotes. */
    public static final int MAX_IF_MATCH_LENGTH = 200;

    /** 428 when the header is missing, 412 when it names another version. */
    public static void requireMatch(String ifMatch, long currentVersion) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ProblemException(ProblemType.PRECONDITION_REQUIRED,
                    "Send If-Match with the ETag of the version you are updating");
        }
        if (ifMatch.length() > MAX_IF_MATCH_LENGTH) {
            throw ProblemException.malformed("If-Match is limited to " + MAX_IF_MATCH_LENGTH + " characters");
        }
        String current = of(currentVersion);
        for (String candidate : ifMatch.split(",")) {
            String tag = candidate.trim();
            if (tag.equals("*") || tag.equals(current)) {
                return;
            }
        }
        throw new ProblemException(ProblemType.PRECONDITION_FAILED,
                "The resource has changed since you read it; its current ETag is " + current);
    }
}
