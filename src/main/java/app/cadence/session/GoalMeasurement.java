package app.cadence.session;

import java.math.BigDecimal;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A value measured in a session for one of the client's goals, in the goal's measure. */
@Embeddable
public class GoalMeasurement {

    @Column(name = "goal_id", nullable = false)
    public UUID goalId;

    @Column(nullable = false)
    public BigDecimal value;

    public String comment;
}
