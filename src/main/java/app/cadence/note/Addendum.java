package app.cadence.note;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import app.cadence.careteam.CareTeamRole;
import app.cadence.common.Ids;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * Text appended to a signed note, e.g. a child life specialist's observation. Signed when it is
 * written and never changed: it has no version, and the database refuses updates and deletes.
 */
@Entity
@Table(name = "note_addendum")
public class Addendum extends PanacheEntityBase {

    @Id
    public UUID id = Ids.newId();

    @Column(name = "note_id", nullable = false, updatable = false)
    public UUID noteId;

    @Column(name = "author_id", nullable = false, updatable = false)
    public UUID authorId;

    /** The author's part on the client's care team when they wrote it. */
    @Column(name = "author_role", nullable = false, updatable = false)
    public CareTeamRole authorRole;

    @Column(nullable = false, updatable = false)
    public String text;

    /** A correction of the signed note it amends (which itself never changes), rather than an observation. */
    @Column(nullable = false, updatable = false)
    public boolean correction;

    @Column(name = "signed_at", nullable = false, updatable = false)
    public OffsetDateTime signedAt;

    @Column(name = "content_sha256", nullable = false, updatable = false)
    public String contentSha256;
}
