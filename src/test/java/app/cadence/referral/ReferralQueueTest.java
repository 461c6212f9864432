package app.cadence.referral;

import static app.cadence.referral.Referrals.REFERRALS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response.Status;

import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

import app.cadence.support.Api;
import app.cadence.support.Clients;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** The queue: urgent first, then oldest first, keyset-paged, in a bounded number of statements. */
@QuarkusTest
class ReferralQueueTest {

    private static final int MAX_STATEMENTS_PER_LIST = 3;

    @Inject
    SessionFactory sessionFactory;

    @Test
    void shouldListUrgentFirstThenOldestAndPageEachReferralExactlyOnce() {
        // A new child life specialist's queue holds exactly the referrals they made.
        Api ccls = Api.newChildLifeSpecialist();
        String routineOld = Referrals.create(ccls, Referrals.withNewClient(Clients.child(), "routine", "coping"));
        String urgentOld = Referrals.create(ccls, Referrals.withNewClient(Clients.child(), "urgent", "pain"));
        String routineNew = Referrals.create(ccls, Referrals.withNewClient(Clients.child(), "routine", "developmental"));
        String urgentNew = Referrals.create(ccls, Referrals.withNewClient(Clients.child(), "urgent", "anxiety"));
        List<String> expected = List.of(urgentOld, urgentNew, routineOld, routineNew);

        ccls.request().get(REFERRALS).then()
                .statusCode(Status.OK.getStatusCode())
                .body("items.id", equalTo(expected), "nextCursor", nullValue());

        List<String> paged = new ArrayList<>();
        String cursor = null;
        do {
            JsonPath page = Referrals.page(ccls, 1, cursor, null);
            assertThat(page.getList("items")).hasSize(1);
            paged.addAll(page.getList("items.id"));
            cursor = page.getString("nextCursor");
        } while (cursor != null && paged.size() < 10);
        assertThat(paged).containsExactlyElementsOf(expected);
    }

    @Test
    void shouldShowTherapistTheWholePendingQueueInOrder() {
        Api integration = Api.newIntegration();
        String routine = Referrals.create(integration, Referrals.withNewClient(Clients.child(), "routine", "social-isolation"));
        String urgent = Referrals.create(integration, Referrals.withNewClient(Clients.child(), "urgent", "end-of-life"));

        List<Map<String, Object>> queue = Referrals.all(Api.newTherapist(), null);

        List<String> ids = queue.stream().map(item -> (String) item.get("id")).toList();
        assertThat(ids).doesNotHaveDuplicates().contains(urgent, routine);
        assertThat(ids.indexOf(urgent)).isLessThan(ids.indexOf(routine));
        assertThat(queue).allMatch(item -> item.get("status").equals("pending"));
        assertThat(queue).isSortedAccordingTo(Comparator
                .comparing((Map<String, Object> item) -> item.get("priority").equals("urgent") ? 0 : 1)
                .thenComparing(item -> OffsetDateTime.parse((String) item.get("createdAt"))));
    }

    @Test
    void shouldFilterByStatusAndShowWhatATherapistNeedsToTriage() {
        Api ccls = Api.newChildLifeSpecialist();
        String pending = Referrals.create(ccls, Referrals.withNewClient(Clients.child(), "routine", "coping"));
        String accepted = Referrals.create(ccls, Referrals.withNewClient(Clients.child(), "urgent", "pain", "anxiety"));
        Api therapist = Api.newTherapist();
        therapist.request().post(Referrals.accept(accepted)).then().statusCode(Status.OK.getStatusCode());

        ccls.request().get(REFERRALS).then().body("items.id", equalTo(List.of(pending)));
        ccls.request().queryParam("status", "declined").get(REFERRALS).then().body("items.size()", equalTo(0));
        ccls.request().queryParam("status", "accepted").get(REFERRALS).then()
                .statusCode(Status.OK.getStatusCode())
                .body("items.id", equalTo(List.of(accepted)))
                .body("items[0].clientId", equalTo(Referrals.clientOf(ccls, accepted)),
                        "items[0].client.displayName", equalTo("Mila Okafor"),
                        "items[0].client.unit", equalTo("PICU"),
                        "items[0].client.status", equalTo("active"),
                        "items[0].reasons", equalTo(List.of("pain", "anxiety")),
                        "items[0].priority", equalTo("urgent"),
                        "items[0].notes", equalTo("Very anxious before dressing changes; loves Moana songs"),
                        "items[0].referredBy.staffId", equalTo(ccls.staffId()),
                        "items[0].referredBy.displayName", equalTo("Staff " + ccls.subject()),
                        "items[0].decidedBy.staffId", equalTo(therapist.staffId()),
                        "items[0].assignedTherapist.staffId", equalTo(therapist.staffId()),
                        "items[0].assignedRole", equalTo("primary-therapist"));
    }

    @Test
    void shouldServeAnyPageInAtMostThreeStatements() {
        Api ccls = Api.newChildLifeSpecialist();
        // The therapist who takes the children on sees their accepted referrals (narrowed to their teams).
        Api therapist = Api.newTherapist();
        for (int i = 0; i < 12; i++) {
            String id = Referrals.create(ccls, Referrals.withNewClient(Clients.child(), i % 3 == 0 ? "urgent" : "routine", "coping"));
            if (i % 2 == 0) {
                therapist.request().post(Referrals.accept(id)).then().statusCode(Status.OK.getStatusCode());
            }
        }
        ccls.staffId();
        therapist.staffId();

        Statistics statistics = sessionFactory.getStatistics();
        statistics.setStatisticsEnabled(true);
        try {
            for (Api reader : List.of(ccls, therapist)) {
                for (String status : List.of("pending", "accepted")) {
                    statistics.clear();
                    JsonPath page = Referrals.page(reader, 100, null, status);
                    assertThat(page.getList("items")).hasSizeGreaterThanOrEqualTo(6);
                    assertThat(statistics.getPrepareStatementCount())
                            .as("statements for %s listing %s", reader.subject(), status)
                            .isLessThanOrEqualTo(MAX_STATEMENTS_PER_LIST);
                }
            }
        } finally {
            statistics.setStatisticsEnabled(false);
        }
    }

    @Test
    void shouldRejectBadQueueParameters() {
        Api therapist = Api.newTherapist();
        therapist.request().queryParam("status", "waiting").get(REFERRALS).then()
                .statusCode(422).body("violations[0].field", equalTo("status"));
        therapist.request().queryParam("limit", 101).get(REFERRALS).then()
                .statusCode(422).body("violations[0].field", equalTo("limit"));
        therapist.request().queryParam("cursor", "bm90LWEtY3Vyc29y").get(REFERRALS).then()
                .statusCode(Status.BAD_REQUEST.getStatusCode()).contentType("application/problem+json");
        // Three values, as a queue cursor has, but not a priority rank and a time.
        String forged = Base64.getUrlEncoder().withoutPadding()
                .encodeToString("x\u001fyesterday\u001f0190a1b2-0000-7000-8000-000000000000".getBytes(StandardCharsets.UTF_8));
        therapist.request().queryParam("cursor", forged).get(REFERRALS).then()
                .statusCode(Status.BAD_REQUEST.getStatusCode()).contentType("application/problem+json");
    }
}
