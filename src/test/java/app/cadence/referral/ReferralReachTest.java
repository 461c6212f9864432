package app.cadence.referral;

import static app.cadence.referral.Referrals.REFERRALS;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import jakarta.ws.rs.core.Response.Status;

import org.junit.jupiter.api.Test;

import app.cadence.support.Api;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Minimum necessary on referrals (issue 10): every therapist sees the pending queue, since its
 * children are on no therapist's team yet, but a decided referral only while on its child's care
 * team; an integration sees the referrals it made, in every status, and no others. Out of reach
 * reads exactly like missing: 404, and absent from lists.
 */
@QuarkusTest
class ReferralReachTest {

    private final Api supervisor = Api.newSupervisor();
    private final Api ccls = Api.newChildLifeSpecialist();

    @Test
    void shouldShowEveryTherapistThePendingQueueButADecidedReferralOnlyToTheChildsTeam() {
        String referralId = Referrals.create(ccls, Referrals.withNewClient());
        Api taker = Api.newTherapist();
        Api colleague = Api.newTherapist();
        for (Api therapist : List.of(taker, colleague)) {
            readable(therapist, referralId);
            assertThat(ids(therapist, "pending")).contains(referralId);
        }

        taker.request().post(Referrals.accept(referralId)).then().statusCode(Status.OK.getStatusCode());

        readable(taker, referralId);
        assertThat(ids(taker, "accepted")).contains(referralId);
        hidden(colleague, referralId);
        assertThat(ids(colleague, "accepted")).doesNotContain(referralId);
        assertThat(ids(colleague, "pending")).doesNotContain(referralId);
        readable(ccls, referralId);
        readable(supervisor, referralId);

        // Leaving the child's team ends the therapist's view of its referral.
        String clientId = Referrals.clientOf(supervisor, referralId);
        String membership = supervisor.request().get("/api/v1/clients/" + clientId + "/care-team").then()
                .extract().path("items.find { it.staffId == '%s' }.id".formatted(taker.staffId()));
        supervisor.request().delete("/api/v1/clients/" + clientId + "/care-team/" + membership).then()
                .statusCode(Status.NO_CONTENT.getStatusCode());
        hidden(taker, referralId);
        assertThat(ids(taker, "accepted")).doesNotContain(referralId);
    }

    @Test
    void shouldHideADeclinedReferralFromTherapistsOffTheChildsTeamIncludingTheOneWhoDeclined() {
        String referralId = Referrals.create(ccls, Referrals.withNewClient());
        Api decider = Api.newTherapist();
        decider.request().body(Map.of("reason", "Outside the program's units")).post(Referrals.decline(referralId))
                .then().statusCode(Status.OK.getStatusCode());

        hidden(decider, referralId);
        hidden(Api.newTherapist(), referralId);
        assertThat(ids(decider, "declined")).doesNotContain(referralId);
        readable(ccls, referralId);
        assertThat(ids(ccls, "declined")).containsExactly(referralId);
    }

    @Test
    void shouldShowAnIntegrationTheReferralsItMadeInEveryStatusAndNoOthers() {
        Api hospital = Api.newIntegration();
        Api otherHospital = Api.newIntegration();
        String own = Referrals.create(hospital, Referrals.withNewClient());
        String byStaff = Referrals.create(ccls, Referrals.withNewClient());
        String byOtherHospital = Referrals.create(otherHospital, Referrals.withNewClient());

        readable(hospital, own);
        hidden(hospital, byStaff);
        hidden(hospital, byOtherHospital);
        assertThat(ids(hospital, "pending")).containsExactly(own);

        Api.newTherapist().request().post(Referrals.accept(own)).then().statusCode(Status.OK.getStatusCode());
        readable(hospital, own);
        assertThat(ids(hospital, "accepted")).containsExactly(own);
        assertThat(ids(hospital, "pending")).isEmpty();
        assertThat(ids(otherHospital, "accepted")).isEmpty();
        assertThat(ids(otherHospital, "pending")).containsExactly(byOtherHospital);
    }

    private static void readable(Api reader, String referralId) {
        reader.request().get(REFERRALS + "/" + referralId).then().statusCode(Status.OK.getStatusCode());
    }

    private static void hidden(Api reader, String referralId) {
        reader.request().get(REFERRALS + "/" + referralId).then().statusCode(Status.NOT_FOUND.getStatusCode())
                .contentType("application/problem+json");
    }

    private static List<Object> ids(Api reader, String status) {
        return Referrals.all(reader, status).stream().map(item -> item.get("id")).toList();
    }
}
