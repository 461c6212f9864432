package app.cadence.note;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import app.cadence.careteam.CareTeamRole;
import app.cadence.common.Identified;

@Schema(name = "Addendum")
public record AddendumResponse(
        UUID id,
        UUID noteId,
        @Schema(description = "Staff id of the author, who signed it on creation") UUID authorId,
        @Schema(description = "The author's part on the client's care team when they wrote it") CareTeamRole authorRole,
        String text,
        @Schema(description = "Whether the addendum corrects the signed note") boolean correction,
        OffsetDateTime signedAt,
        @Schema(description = "SHA-256 (64 lowercase hex digits) of the canonical content: the UTF-8 JSON object "
                + "{noteId, authorId, authorRole, text, correction, signedAt} in that order, as for the note's contentSha256; "
                + "correction is the string \"true\" for a correction and left out otherwise")
        String contentSha256) implements Identified {

    static AddendumResponse of(Addendum addendum) {
        return new AddendumResponse(addendum.id, addendum.noteId, addendum.authorId, addendum.authorRole, addendum.text,
                addendum.correction, addendum.signedAt, addendum.contentSha256);
    }
}
