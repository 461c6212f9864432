package app.cadence.note;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

/**
 * The canonical form of signed documentation and its SHA-256, defined precisely enough that anyone
 * holding a signed note (or addendum) as the API returns it can recompute the hash and see that
 * nothing changed since it was signed.
 *
 * <p>The hash is the SHA-256 of the UTF-8 bytes of one JSON object without any whitespace whose
 * members appear in exactly this order, a member whose value is absent (null) being left out:
 * <ul>
 * <li>note: {@code sessionId, format, subjective, objective, assessment, plan, narrative, authorId,
 * signedBy, signedAt}</li>
 * <li>addendum: {@code noteId, authorId, authorRole, text, correction, signedAt}, {@code correction}
 * being {@code "true"} for a correction addendum and absent otherwise</li>
 * <li>co-signature of an intern's note: {@code contentSha256, cosignedBy, cosignedAt} (the note's own
 * hash, so the co-signature covers exactly the content the intern signed)</li>
 * </ul>
 * Every value is a JSON string: ids as lowercase hyphenated UUIDs; {@code format} and
 * {@code authorRole} as their API codes ({@code soap}, {@code child-life-specialist}); texts exactly
 * as stored; {@code signedAt} and {@code cosignedAt} in UTC with exactly three fraction digits
 * ({@code 2025-03-14T09:26:53.589Z}); signing times are stored at that precision. Strings are
 * escaped as ECMAScript's {@code JSON.stringify} does (RFC 8785, 3.2.2.2): {@code "} and {@code \}
 * with a backslash; U+0008, U+0009, U+000A, U+000C, U+000D as {@code \b \t \n \f \r}; other
 * characters below U+0020 and unpaired surrogates as a backslash, {@code u} and four lowercase hex digits; every
 * other character as itself. The hash is written as 64 lowercase hex digits.
 *
 * <p>So in JavaScript: {@code sha256(JSON.stringify({sessionId, format, subjective, ...}))} with
 * the members in the order above and absent ones undefined.
 */
public final class SignedContent {

    private static final DateTimeFormatter SIGNED_AT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'");

    private final StringBuilder json = new StringBuilder("{");

    private SignedContent() {
    }

    /** Now, at the precision the canonical form records, so the stored time reproduces the hash. */
    static OffsetDateTime signingTime() {
        return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS);
    }

    public static String canonical(SessionNote note) {
        return new SignedContent()
                .add("sessionId", note.sessionId)
                .add("format", note.format.code())
                .add("subjective", note.subjective)
                .add("objective", note.objective)
                .add("assessment", note.assessment)
                .add("plan", note.plan)
                .add("narrative", note.narrative)
                .add("authorId", note.authorId)
                .add("signedBy", note.signedBy)
                .add("signedAt", SIGNED_AT.format(note.signedAt.withOffsetSameInstant(ZoneOffset.UTC)))
                .end();
    }

    public static String canonical(Addendum addendum) {
        return new SignedContent()
                .add("noteId", addendum.noteId)
                .add("authorId", addendum.authorId)
                .add("authorRole", addendum.authorRole.code())
                .add("text", addendum.text)
                .add("correction", addendum.correction ? "true" : null)
                .add("signedAt", SIGNED_AT.format(addendum.signedAt.withOffsetSameInstant(ZoneOffset.UTC)))
                .end();
    }

    public static String canonicalCosignature(SessionNote note) {
        return new SignedContent()
                .add("contentSha256", note.contentSha256)
                .add("cosignedBy", note.cosignedBy)
                .add("cosignedAt", SIGNED_AT.format(note.cosignedAt.withOffsetSameInstant(ZoneOffset.UTC)))
                .end();
    }

    static String sha256(String canonical) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }

    private SignedContent add(String key, Object value) {
        if (value == null) {
            return this;
        }
        if (json.length() > 1) {
            json.append(',');
        }
        string(key);
        json.append(':');
        string(value.toString());
        return this;
    }

    private String end() {
        return json.append('}').toString();
    }

    private void string(String value) {
        json.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\b' -> json.append("\\b");
                case '\t' -> json.append("\\t");
                case '\n' -> json.append("\\n");
                case '\f' -> json.append("\\f");
                case '\r' -> json.append("\\r");
                default -> {
                    if (c < 0x20 || unpairedSurrogate(value, i)) {
                        json.append(String.format("\\u%04x", (int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        json.append('"');
    }

    private static boolean unpairedSurrogate(String value, int i) {
        char c = value.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 >= value.length() || !Character.isLowSurrogate(value.charAt(i + 1));
        }
        return Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(value.charAt(i - 1)));
    }
}
