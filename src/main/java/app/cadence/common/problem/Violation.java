package app.cadence.common.problem;

/** One invalid field, named by its path in the request as the client sent it (e.g. {@code identifiers[0].system}). */
public record Violation(String field, String message) {
}
