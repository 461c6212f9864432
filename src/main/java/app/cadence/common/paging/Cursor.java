package app.cadence.common.paging;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;


import app.cadence.common.problem.ProblemException;
import app.cadence.common.validation.InputRules;

/**
 * Where the next page starts, sent to clients as an opaque token (the values joined by a unit
 * separator, base64url-encoded). Cursors travel in URLs, which proxies and access logs record, so
 * they carry ids and timestamps only: a list sorted by name pages from the last row's id and
 * looks its sort key up in the query.
 */
public record Cursor(List<String> values) {

    private static final String SEPARATOR = "\u001f";
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    public static Cursor of(Object... values) {
        return new Cursor(Arrays.stream(values).map(String::valueOf).toList());
    }

    public String encode() {
        return ENCODER.encodeToString(String.join(SEPARATOR, values).getBytes(StandardCharsets.UTF_8));
    }

    /** Decodes a cursor this server issued with the given number of values; anything else is 400. */
    public static Optional<Cursor> decode(String token, int expectedValues) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        try {
            String decoded = new String(DECODER.decode(token), StandardCharsets.UTF_8);
            List<String> values = List.of(decoded.split(SEPARATOR, -1));
            // A forged cursor could carry anything; what goes into a query is one clean line.
            if (values.size() != expectedValues
                    || values.stream().anyMatch(value -> InputRules.problemWith(value, false).isPresent())) {
                throw invalid();
            }
            return Optional.of(new Cursor(values));
        } catch (IllegalArgumentException e) {
            throw invalid();
        }
    }

    public String get(int index) {
        return values.get(index);
    }

    public UUID uuid(int index) {
        try {
            return UUID.fromString(values.get(index));
        } catch (IllegalArgumentException e) {
            throw invalid();
        }
    }

    /** A date value; a forged cursor's other text is the client's error (400), never the server's. */
    public LocalDate date(int index) {
        try {
            return LocalDate.parse(values.get(index));
        } catch (DateTimeParseException e) {
            throw invalid();
        }
    }

    /** A timestamp value with its offset; anything else is 400, as for {@link #date(int)}. */
    public OffsetDateTime time(int index) {
        try {
            return OffsetDateTime.parse(values.get(index));
        } catch (DateTimeParseException e) {
            throw invalid();
        }
    }


    static ProblemException invalid() {
        return ProblemException.malformed("The cursor is not one this server issued; start again without a cursor");
    }
}
