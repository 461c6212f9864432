package app.cadence.intervention;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import app.cadence.common.persistence.BaseEntity;

/** A catalog entry. Its code is stable: sessions and reports refer to interventions by code. */
@Entity
@Table(name = "intervention")
public class Intervention extends BaseEntity {

    @Column(nullable = false, updatable = false)
    public String code;

    @Column(nullable = false)
    public String name;

    @Column(nullable = false)
    public InterventionCategory category;

    public String description;
}
