package app.cadence.goal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import app.cadence.assessment.Assessment;
import app.cadence.common.problem.ProblemException;

/** The checks on a goal's content that Bean Validation cannot express; each failure is a 422 at its field. */
@ApplicationScoped
class GoalValidator {

    private final EntityManager em;

    GoalValidator(EntityManager em) {
        this.em = em;
    }

    /** {@code current} is the goal being replaced, or null for a new goal. */
    void check(UUID clientId, GoalRequest request, Goal current) {
        Measure measure = request.measure();
        checkRange(measure);
        inMeasure("baseline", request.baseline(), measure);
        inMeasure("target", request.target(), measure);
        // A goal kept past its target date stays editable; only a new or moved date must lie ahead.
        LocalDate targetDate = request.targetDate();
        boolean unchanged = current != null && targetDate != null && targetDate.equals(current.targetDate);
        if (targetDate != null && !unchanged && targetDate.isBefore(LocalDate.now())) {
            throw ProblemException.invalid("targetDate", "must not be in the past");
        }
        if (request.assessmentId() != null) {
            Assessment assessment = em.find(Assessment.class, request.assessmentId());
            if (assessment == null || !assessment.clientId.equals(clientId)) {
                throw ProblemException.invalid("assessmentId", "must be an assessment of the same client");
            }
        }
    }

    private static void checkRange(Measure measure) {
        if (measure.type() != MeasureType.RATING) {
            if (measure.min() != null) {
                throw ProblemException.invalid("measure.min", "only a rating measure has its own range; leave it out");
            }
            if (measure.max() != null) {
                throw ProblemException.invalid("measure.max", "only a rating measure has its own range; leave it out");
            }
            return;
        }
        if (measure.min() == null) {
            throw ProblemException.invalid("measure.min", "is required for a rating measure");
        }
        if (measure.max() == null) {
            throw ProblemException.invalid("measure.max", "is required for a rating measure");
        }
        if (measure.min().compareTo(measure.max()) >= 0) {
            throw ProblemException.invalid("measure.max", "must be greater than measure.min");
        }
    }

    private static void inMeasure(String field, BigDecimal value, Measure measure) {
        if (value != null) {
            measure.type().problemWith(value, measure.min(), measure.max())
                    .ifPresent(problem -> {
                        throw ProblemException.invalid(field, problem);
                    });
        }
    }
}
