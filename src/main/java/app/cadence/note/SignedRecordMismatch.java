package app.cadence.note;

import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SignedRecordMismatch",
        description = "A signed record whose stored content no longer hashes to the SHA-256 recorded at signing")
public record SignedRecordMismatch(
        @Schema(description = "session-note, cosignature or addendum", example = "session-note") String recordType,
        UUID id,
        @Schema(description = "The session whose note (or note's addendum) it is: GET /sessions/{sessionId}/note shows it")
        UUID sessionId) {
}
