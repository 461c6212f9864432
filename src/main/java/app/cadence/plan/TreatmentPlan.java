package app.cadence.plan;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import app.cadence.common.persistence.BaseEntity;

/** How often and how long a child is seen in an episode of care, for which goals, until when before review. */
@Entity
@Table(name = "treatment_plan")
public class TreatmentPlan extends BaseEntity {

    @Column(name = "client_id", nullable = false, updatable = false)
    public UUID clientId;

    @Column(name = "author_id", nullable = false, updatable = false)
    public UUID authorId;

    @Column(name = "sessions_per_week", nullable = false)
    public int sessionsPerWeek;

    @Column(name = "minutes_per_session", nullable = false)
    public int minutesPerSession;

    @Column(name = "goal_ids", nullable = false)
    public UUID[] goalIds = new UUID[0];

    @Column(name = "start_date", nullable = false)
    public LocalDate startDate;

    @Column(name = "review_date", nullable = false)
    public LocalDate reviewDate;

    @Column(nullable = false)
    public PlanStatus status = PlanStatus.ACTIVE;
}
