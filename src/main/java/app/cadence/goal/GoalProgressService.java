package app.cadence.goal;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import app.cadence.correction.MeasurementMarking;
import app.cadence.correction.RecordType;

/** A goal's measurements across sessions, and whether they meet its criterion. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class GoalProgressService {

    private final EntityManager em;
    private final GoalService goals;

    GoalProgressService(EntityManager em, GoalService goals) {
        this.em = em;
        this.goals = goals;
    }

    public GoalProgress progress(UUID goalId) {
        Goal goal = goals.get(goalId);
        List<Object[]> rows = em.createQuery("""
                select s.id, s.startsAt, m.value, m.comment from Session s join s.measurements m
                where m.goalId = :goal and """ + RecordType.SESSION.notMarkedJpql("s.id") + " and"
                + MeasurementMarking.notMarkedJpql("s.id", "index(m)") + """
                order by s.startsAt, s.id, index(m)""", Object[].class)
                .setParameter("goal", goalId)
                .getResultList();
        List<ProgressPoint> points = rows.stream().map(row -> {
            BigDecimal value = (BigDecimal) row[2];
            return new ProgressPoint((UUID) row[0], (OffsetDateTime) row[1], Decimals.plain(value), (String) row[3],
                    goal.reached(value));
        }).toList();
        return new GoalProgress(goal.id, goal.clientId, goal.domain, goal.status, Measure.of(goal),
                Decimals.plain(goal.baseline), Decimals.plain(goal.target), new Criterion(goal.criterionSessions),
                criterionMet(points, goal.criterionSessions), points);
    }

    /**
     * The target must be reached in each of the last {@code sessions} measured sessions. A session
     * with several measurements of the goal counts as reached only if all of them reached it.
     */
    static boolean criterionMet(List<ProgressPoint> points, int sessions) {
        List<Boolean> reachedBySession = new ArrayList<>();
        UUID current = null;
        for (ProgressPoint point : points) {
            if (!point.sessionId().equals(current)) {
                reachedBySession.add(point.reachedTarget());
                current = point.sessionId();
            } else if (!point.reachedTarget()) {
                reachedBySession.set(reachedBySession.size() - 1, false);
            }
        }
        int size = reachedBySession.size();
        return size >= sessions && reachedBySession.subList(size - sessions, size).stream().allMatch(r -> r);
    }
}
