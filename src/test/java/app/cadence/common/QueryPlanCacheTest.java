package app.cadence.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.hibernate.SessionFactory;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.junit.jupiter.api.Test;

import app.cadence.session.SessionFixtures;
import app.cadence.support.Api;
import app.cadence.support.Clients;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Repeating a request reuses the query plans its first run made. A statement whose cache key never
 * equals the last one's (a native query with a scalar result class, in Hibernate 7.2) adds a plan on
 * every execution, all under the same SQL, so every lookup of it compares against all of them: at
 * a few hundred requests a second that was the largest single cost of an access check.
 */
@QuarkusTest
class QueryPlanCacheTest {

    private static final int ROUNDS = 5;

    @Inject
    SessionFactory sessionFactory;

    private final Api therapist = Api.newTherapist();
    private final Api supervisor = Api.newSupervisor();
    private final Api childLife = Api.newChildLifeSpecialist();

    @Test
    void shouldAddNoQueryPlanWhenTheSameReadsAreRepeated() {
        String clientId = Clients.create(therapist);
        String goalId = SessionFixtures.percentGoal(clientId);
        var body = SessionFixtures.completed("2024-05-02T10:00:00Z");
        body.put("measurements", List.of(SessionFixtures.measurement(goalId, 40)));
        String sessionId = SessionFixtures.create(therapist, clientId, body);

        readEverything(clientId, sessionId);
        int plans = cachedPlans();
        for (int round = 0; round < ROUNDS; round++) {
            readEverything(clientId, sessionId);
        }

        assertThat(cachedPlans()).as("query plans after %d more rounds of the same requests", ROUNDS).isEqualTo(plans);
    }

    @Test
    void shouldAddNoQueryPlanWhenTheSameWritesAreRepeated() {
        String clientId = Clients.create(therapist);
        String goalId = SessionFixtures.percentGoal(clientId);

        documentASession(clientId, goalId, 1);
        int plans = cachedPlans();
        for (int round = 2; round <= ROUNDS + 1; round++) {
            documentASession(clientId, goalId, round);
        }

        assertThat(cachedPlans()).as("query plans after %d more rounds of the same writes", ROUNDS).isEqualTo(plans);
    }

    /** The writes behind the figures of the benchmark: a session with its details, its note written and signed. */
    private void documentASession(String clientId, String goalId, int day) {
        var body = SessionFixtures.completed("2024-05-%02dT10:00:00Z".formatted(day));
        body.put("interventions", List.of(SessionFixtures.intervention("therapeutic-singing"),
                SessionFixtures.intervention("instrument-play")));
        body.put("measurements", List.of(SessionFixtures.measurement(goalId, 40 + day)));
        body.put("scores", List.of(SessionFixtures.score("anxiety-nrs", 7, 3)));
        String note = "/api/v1/sessions/" + SessionFixtures.create(therapist, clientId, body) + "/note";
        therapist.request().body(Map.of("format", "narrative", "narrative", "Sang with her mother.")).put(note).then()
                .statusCode(201);
        therapist.request().post(note + "/sign").then().statusCode(200);
    }

    /** The reads behind the figures of the benchmark, and the access checks behind them, for each role. */
    private void readEverything(String clientId, String sessionId) {
        for (Api caller : List.of(therapist, supervisor)) {
            caller.request().get("/api/v1/clients/" + clientId).then().statusCode(200);
            caller.request().queryParams(Map.of("limit", 5)).get("/api/v1/clients/" + clientId + "/sessions").then()
                    .statusCode(200);
            caller.request().get("/api/v1/sessions/" + sessionId).then().statusCode(200);
            caller.request().get("/api/v1/clients/" + clientId + "/goals").then().statusCode(200);
            caller.request().get("/api/v1/clients").then().statusCode(200);
        }
        // Outside the care team: the same checks, answered 404.
        childLife.request().get("/api/v1/clients/" + clientId).then().statusCode(404);
        childLife.request().get("/api/v1/clients/" + clientId + "/sessions").then().statusCode(404);
        childLife.request().get("/api/v1/sessions/" + sessionId).then().statusCode(404);
    }

    private int cachedPlans() {
        return sessionFactory.unwrap(SessionFactoryImplementor.class).getQueryEngine().getInterpretationCache()
                .getNumberOfCachedQueryPlans();
    }
}
