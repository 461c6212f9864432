package app.cadence.referral;

import static app.cadence.referral.Referrals.REFERRALS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.ws.rs.core.Response.Status;

import org.junit.jupiter.api.Test;

import app.cadence.support.Api;
import io.quarkus.test.junit.QuarkusTest;

/** Who sees which referrals, and who may make and decide them. */
@QuarkusTest
class ReferralAccessTest {

    private static final String UNKNOWN_REFERRAL = REFERRALS + "/0190a1b2-0000-7000-8000-000000000000";

    private final Api supervisor = Api.newSupervisor();

    @Test
    void shouldShowTherapistsReferralsOfChildrenOnNoTeamButNotUnrelatedChildLifeSpecialists() {
        Api hospital = Api.newIntegration();
        String referralId = Referrals.create(hospital, Referrals.withNewClient());
        Api unrelated = Api.newChildLifeSpecialist();

        for (Api reader : List.of(Api.newTherapist(), supervisor, hospital)) {
            reader.request().get(REFERRALS + "/" + referralId).then()
                    .statusCode(Status.OK.getStatusCode()).body("id", equalTo(referralId));
            assertThat(Referrals.all(reader, null)).extracting(item -> item.get("id")).contains(referralId);
        }
        unrelated.request().get(REFERRALS + "/" + referralId).then()
                .statusCode(Status.NOT_FOUND.getStatusCode())
                .contentType("application/problem+json");
        unrelated.request().get(REFERRALS).then()
                .statusCode(Status.OK.getStatusCode())
                .body("items.id", not(hasItem(referralId)));
    }

    @Test
    void shouldShowChildLifeSpecialistReferralsOfTheirTeamsAndTheirOwn() {
        Api referrer = Api.newChildLifeSpecialist();
        String own = Referrals.create(referrer, Referrals.withNewClient());
        String clientId = Referrals.clientOf(referrer, own);
        Api teammate = Api.newChildLifeSpecialist();
        teammate.request().get(REFERRALS + "/" + own).then().statusCode(Status.NOT_FOUND.getStatusCode());

        String membership = supervisor.request().body(Map.of("staffId", teammate.staffId(), "role", "child-life-specialist"))
                .post("/api/v1/clients/" + clientId + "/care-team").then()
                .statusCode(Status.CREATED.getStatusCode()).extract().path("id");
        teammate.request().get(REFERRALS + "/" + own).then().statusCode(Status.OK.getStatusCode());
        teammate.request().get(REFERRALS).then().body("items.id", equalTo(List.of(own)));

        // The referrer keeps seeing the referral they made after leaving the team, though not the child.
        String referrerMembership = supervisor.request().get("/api/v1/clients/" + clientId + "/care-team").then()
                .extract().path("items.find { it.staffId == '%s' }.id".formatted(referrer.staffId()));
        supervisor.request().delete("/api/v1/clients/" + clientId + "/care-team/" + referrerMembership).then()
                .statusCode(Status.NO_CONTENT.getStatusCode());
        referrer.request().get(REFERRALS + "/" + own).then().statusCode(Status.OK.getStatusCode());
        referrer.request().get(REFERRALS).then().body("items.id", equalTo(List.of(own)));
        referrer.request().get("/api/v1/clients/" + clientId).then().statusCode(Status.NOT_FOUND.getStatusCode());

        supervisor.request().delete("/api/v1/clients/" + clientId + "/care-team/" + membership).then()
                .statusCode(Status.NO_CONTENT.getStatusCode());
        teammate.request().get(REFERRALS + "/" + own).then().statusCode(Status.NOT_FOUND.getStatusCode());
        teammate.request().get(REFERRALS).then().body("items.size()", equalTo(0));
    }

    @Test
    void shouldRefuseCallerWithoutCadenceRole() {
        Api stranger = Api.as("stranger-" + UUID.randomUUID(), "offline_access");
        String referralId = Referrals.create(Api.newIntegration(), Referrals.withNewClient());

        stranger.request().get(REFERRALS).then().statusCode(Status.FORBIDDEN.getStatusCode())
                .contentType("application/problem+json");
        stranger.request().get(REFERRALS + "/" + referralId).then().statusCode(Status.FORBIDDEN.getStatusCode());
        stranger.request().body(Referrals.withNewClient()).post(REFERRALS).then()
                .statusCode(Status.FORBIDDEN.getStatusCode());
        stranger.request().post(Referrals.accept(referralId)).then().statusCode(Status.FORBIDDEN.getStatusCode());
        stranger.request().body(Map.of("reason", "No")).post(Referrals.decline(referralId)).then()
                .statusCode(Status.FORBIDDEN.getStatusCode());
    }

    @Test
    void shouldRefuseDecisionsByChildLifeSpecialistsAndIntegrationsAndChangeNothing() {
        Api ccls = Api.newChildLifeSpecialist();
        String referralId = Referrals.create(ccls, Referrals.withNewClient());
        String clientId = Referrals.clientOf(ccls, referralId);

        for (Api caller : List.of(ccls, Api.newIntegration())) {
            caller.request().post(Referrals.accept(referralId)).then()
                    .statusCode(Status.FORBIDDEN.getStatusCode())
                    .contentType("application/problem+json");
            caller.request().body(Map.of("reason", "Not a fit")).post(Referrals.decline(referralId)).then()
                    .statusCode(Status.FORBIDDEN.getStatusCode());
        }
        supervisor.request().get(REFERRALS + "/" + referralId).then()
                .header("ETag", "\"0\"").body("status", equalTo("pending"));
        supervisor.request().get("/api/v1/clients/" + clientId).then().body("status", equalTo("referred"));
    }

    @Test
    void shouldAnswerNotFoundForUnknownReferral() {
        Api therapist = Api.newTherapist();
        therapist.request().get(UNKNOWN_REFERRAL).then().statusCode(Status.NOT_FOUND.getStatusCode())
                .contentType("application/problem+json");
        therapist.request().post(UNKNOWN_REFERRAL + "/accept").then().statusCode(Status.NOT_FOUND.getStatusCode());
        supervisor.request().body(Map.of("reason", "Unknown")).post(UNKNOWN_REFERRAL + "/decline").then()
                .statusCode(Status.NOT_FOUND.getStatusCode());
        // Role first: a role that may never decide learns nothing about existence.
        Api.newChildLifeSpecialist().request().post(UNKNOWN_REFERRAL + "/accept").then()
                .statusCode(Status.FORBIDDEN.getStatusCode());
    }
}
