package app.cadence.note;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import app.cadence.common.Identified;

@Schema(name = "SessionNote")
public record NoteResponse(
        UUID id,
        UUID sessionId,
        NoteFormat format,
        String subjective,
        String objective,
        String assessment,
        String plan,
        String narrative,
        NoteStatus status,
        @Schema(description = "Staff id of the therapist who wrote the note first") UUID authorId,
        @Schema(description = "Staff id of the signer (the author); absent while draft") UUID signedBy,
        @Schema(description = "Absent while draft") OffsetDateTime signedAt,
        @Schema(description = "SHA-256 (64 lowercase hex digits) of the canonical content: the UTF-8 JSON object "
                + "{sessionId, format, subjective, objective, assessment, plan, narrative, authorId, signedBy, signedAt} "
                + "in that order, absent members left out, no whitespace, every value a string, signedAt in UTC with "
                + "three fraction digits (2025-03-14T09:26:53.589Z), strings escaped as JSON.stringify does. Absent while draft.",
                example = "9f2b5c1de0a6478c0d3f8e4b7a1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c") String contentSha256,
        @Schema(description = "Staff id of the supervising therapist or supervisor who co-signed an intern's note; "
                + "absent otherwise") UUID cosignedBy,
        @Schema(description = "When the intern's note was co-signed; absent otherwise") OffsetDateTime cosignedAt,
        @Schema(description = "SHA-256 (64 lowercase hex digits) of the co-signature: the UTF-8 JSON object "
                + "{contentSha256, cosignedBy, cosignedAt} in that order, written as for contentSha256. Absent unless co-signed.",
                example = "0c1d2e3f4a5b6c7d8e9f0a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6e7f8a9b0c1d") String cosignatureSha256,
        @Schema(description = "Addenda of a signed note, oldest first; empty while draft") List<AddendumResponse> addenda,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt) implements Identified {

    static NoteResponse of(SessionNote note, List<Addendum> addenda) {
        return new NoteResponse(note.id, note.sessionId, note.format, note.subjective, note.objective, note.assessment,
                note.plan, note.narrative, note.status, note.authorId, note.signedBy, note.signedAt, note.contentSha256,
                note.cosignedBy, note.cosignedAt, note.cosignatureSha256,
                addenda.stream().map(AddendumResponse::of).toList(), note.createdAt, note.updatedAt);
    }
}
