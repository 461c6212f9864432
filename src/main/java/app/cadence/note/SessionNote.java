package app.cadence.note;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import app.cadence.common.persistence.BaseEntity;

/**
 * The documentation of one session. A draft changes freely; signing records who signed, when, and
 * a SHA-256 of the canonical content, and from then on the row never changes (the database refuses).
 */
@Entity
@Table(name = "session_note")
public class SessionNote extends BaseEntity {

    @Column(name = "session_id", nullable = false, updatable = false)
    public UUID sessionId;

    @Column(name = "author_id", nullable = false, updatable = false)
    public UUID authorId;

    @Column(nullable = false)
    public NoteFormat format;

    public String subjective;

    public String objective;

    public String assessment;

    public String plan;

    public String narrative;

    @Column(nullable = false)
    public NoteStatus status = NoteStatus.DRAFT;

    @Column(name = "signed_by")
    public UUID signedBy;

    @Column(name = "signed_at")
    public OffsetDateTime signedAt;

    @Column(name = "content_sha256")
    public String contentSha256;

    /** Staff id of the co-signer of an intern's note; absent otherwise. */
    @Column(name = "cosigned_by")
    public UUID cosignedBy;

    @Column(name = "cosigned_at")
    public OffsetDateTime cosignedAt;

    /** SHA-256 of the co-signature's canonical form ({@link SignedContent#canonicalCosignature}). */
    @Column(name = "cosignature_sha256")
    public String cosignatureSha256;

    /** Final documentation: signed, and co-signed where the author's record requires it. */
    public boolean signed() {
        return status == NoteStatus.SIGNED;
    }

    /** Signed by its author, whether or not it still awaits a co-signature: it no longer changes. */
    public boolean frozen() {
        return status != NoteStatus.DRAFT;
    }
}
