package app.cadence.goal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import app.cadence.assessment.Domain;
import app.cadence.common.persistence.BaseEntity;

/** An individualized goal for a client, with how progress toward it is measured. */
@Entity
@Table(name = "goal")
public class Goal extends BaseEntity {

    @Column(name = "client_id", nullable = false, updatable = false)
    public UUID clientId;

    /** The assessment that motivated the goal, if any. */
    @Column(name = "assessment_id")
    public UUID assessmentId;

    @Column(nullable = false)
    public Domain domain;

    @Column(nullable = false)
    public String statement;

    @Column(name = "measure_type", nullable = false)
    public MeasureType measureType;

    @Column(name = "rating_min")
    public BigDecimal ratingMin;

    @Column(name = "rating_max")
    public BigDecimal ratingMax;

    public BigDecimal baseline;

    @Column(nullable = false)
    public BigDecimal target;

    /** The target counts as met once it is reached in this many consecutive sessions. */
    @Column(name = "criterion_sessions", nullable = false)
    public int criterionSessions = 1;

    @Column(name = "target_date")
    public LocalDate targetDate;

    @Column(nullable = false)
    public GoalStatus status = GoalStatus.PROPOSED;

    @Column(name = "created_by", updatable = false)
    public UUID createdBy;

    /** Why a measured value is impossible for this goal, or empty when it is possible. */
    public Optional<String> problemWith(BigDecimal value) {
        return measureType.problemWith(value, ratingMin, ratingMax);
    }

    /**
     * Whether a measured value reaches the target: at or above it, or at or below it for a goal
     * whose target lies below its baseline (less pain, fewer outbursts).
     */
    public boolean reached(BigDecimal value) {
        boolean lowering = baseline != null && target.compareTo(baseline) < 0;
        return lowering ? value.compareTo(target) <= 0 : value.compareTo(target) >= 0;
    }
}
