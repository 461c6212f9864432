package app.cadence.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import app.cadence.session.SessionFixtures;
import app.cadence.support.Api;
import app.cadence.support.Clients;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * A goal recorded without its author (data brought in by SQL, as a migration from another system
 * would) has no therapist to be grouped under: the report by therapist shows it as not recorded
 * rather than failing (the schema fuzzer found a 500 here).
 */
@QuarkusTest
class OutcomeUnknownTherapistTest {

    @Test
    void shouldGroupAGoalWithoutAuthorUnderNoTherapistRecorded() {
        Api therapist = Api.newTherapist();
        Map<String, Object> child = Clients.child();
        child.put("status", "active");
        String client = Clients.create(therapist, child);
        SessionFixtures.percentGoal(client);

        LocalDate today = LocalDate.now(ZoneId.of("America/New_York"));
        for (String format : List.of("application/json", "text/csv", "application/pdf")) {
            Api.newSupervisor().request().accept(format).queryParam("from", today.minusDays(1).toString())
                    .queryParam("to", today.toString()).queryParam("groupBy", "therapist")
                    .get(OutcomeReportTest.OUTCOMES).then().statusCode(200);
        }
        JsonPath report = Api.newSupervisor().request().queryParam("from", today.minusDays(1).toString())
                .queryParam("to", today.toString()).queryParam("groupBy", "therapist").get(OutcomeReportTest.OUTCOMES)
                .then().statusCode(200).extract().jsonPath();
        assertThat(report.getList("groups.label", String.class)).contains("No therapist recorded");
    }
}
