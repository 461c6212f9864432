package app.cadence.plan;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import app.cadence.common.Ids;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A review of a treatment plan: appended once, never changed. */
@Entity
@Table(name = "treatment_plan_review")
public class PlanReview extends PanacheEntityBase {

    @Id
    public UUID id = Ids.newId();

    @Column(name = "plan_id", nullable = false, updatable = false)
    public UUID planId;

    @Column(nullable = false, updatable = false)
    public ReviewOutcome outcome;

    @Column(updatable = false)
    public String note;

    @Column(name = "next_review_date", updatable = false)
    public LocalDate nextReviewDate;

    @Column(name = "reviewed_at", nullable = false, updatable = false)
    public OffsetDateTime reviewedAt;

    @Column(name = "reviewed_by", nullable = false, updatable = false)
    public UUID reviewedBy;
}
