package app.cadence.note;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The hashes a verifier computes from what the API returns, following the canonical form the API
 * documents (JSON members in a fixed order, absent ones left out, signedAt in UTC with milliseconds),
 * independently of the server's own serializer: here Jackson writes the JSON.
 */
final class SignedNotes {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DateTimeFormatter SIGNED_AT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'");

    private SignedNotes() {
    }

    /** From a note as GET returns it. */
    static String noteHash(Map<String, Object> note) {
        Map<String, Object> canonical = new LinkedHashMap<>();
        for (String key : new String[] { "sessionId", "format", "subjective", "objective", "assessment", "plan",
                "narrative", "authorId", "signedBy" }) {
            if (note.get(key) != null) {
                canonical.put(key, note.get(key));
            }
        }
        canonical.put("signedAt", utc((String) note.get("signedAt")));
        return sha256(canonical);
    }

    /** From an addendum as the API returns it. */
    static String addendumHash(Map<String, Object> addendum) {
        Map<String, Object> canonical = new LinkedHashMap<>();
        canonical.put("noteId", addendum.get("noteId"));
        canonical.put("authorId", addendum.get("authorId"));
        canonical.put("authorRole", addendum.get("authorRole"));
        canonical.put("text", addendum.get("text"));
        if (Boolean.TRUE.equals(addendum.get("correction"))) {
            canonical.put("correction", "true");
        }
        canonical.put("signedAt", utc((String) addendum.get("signedAt")));
        return sha256(canonical);
    }

    /** The co-signature of an intern's note, from the note as the API returns it once co-signed. */
    static String cosignatureHash(Map<String, Object> note) {
        Map<String, Object> canonical = new LinkedHashMap<>();
        canonical.put("contentSha256", note.get("contentSha256"));
        canonical.put("cosignedBy", note.get("cosignedBy"));
        canonical.put("cosignedAt", utc((String) note.get("cosignedAt")));
        return sha256(canonical);
    }

    private static String utc(String timestamp) {
        return SIGNED_AT.format(OffsetDateTime.parse(timestamp).withOffsetSameInstant(ZoneOffset.UTC));
    }

    private static String sha256(Map<String, Object> canonical) {
        try {
            byte[] utf8 = JSON.writeValueAsString(canonical).getBytes(StandardCharsets.UTF_8);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(utf8));
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
