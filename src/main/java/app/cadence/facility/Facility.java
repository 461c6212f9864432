package app.cadence.facility;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import app.cadence.common.persistence.BaseEntity;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A hospital the program serves: clients and staff belong to facilities, and its dates are shown in its time zone. */
@Entity
@Table(name = "facility")
public class Facility extends PanacheEntityBase {

    /** Stable, never renamed: clients and staff refer to it. */
    @Id
    public String code;

    @Column(nullable = false)
    public String name;

    /** An IANA time zone id, e.g. America/New_York. */
    @Column(name = "time_zone", nullable = false)
    public String timeZone;

    @Column(name = "created_at", nullable = false, updatable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    @Version
    public long version;

    @PrePersist
    void onCreate() {
        createdAt = BaseEntity.now();
        updatedAt = createdAt;
    }

    @PreUpdate
    void onUpdate() {
        updatedAt = BaseEntity.now();
    }
}
