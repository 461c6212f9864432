package app.cadence.correction;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/**
 * A row of entered_in_error, mapped only so that JPQL queries can leave marked records out
 * ({@link RecordType#notMarkedJpql}); markings are written by {@link Corrections} alone.
 */
@Entity
@Table(name = "entered_in_error")
@IdClass(Marking.Key.class)
public class Marking {

    @Id
    @Column(name = "record_type", updatable = false)
    public String recordType;

    @Id
    @Column(name = "record_id", updatable = false)
    public UUID recordId;

    @Column(updatable = false)
    public String reason;

    @Column(name = "marked_by", updatable = false)
    public UUID markedBy;

    @Column(name = "marked_at", updatable = false)
    public OffsetDateTime markedAt;

    public record Key(String recordType, UUID recordId) implements Serializable {
    }
}
