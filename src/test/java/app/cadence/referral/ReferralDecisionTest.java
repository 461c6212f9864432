package app.cadence.referral;

import static app.cadence.referral.Referrals.REFERRALS;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.ws.rs.core.Response.Status;

import org.junit.jupiter.api.Test;

import app.cadence.support.Api;
import app.cadence.support.Clients;
import io.quarkus.test.junit.QuarkusTest;

/** Accepting and declining: who takes the child on, and why a decision is final. */
@QuarkusTest
class ReferralDecisionTest {

    private static final String CLIENTS = "/api/v1/clients/";
    private static final int UNPROCESSABLE = 422;

    private final Api supervisor = Api.newSupervisor();
    private final Api ccls = Api.newChildLifeSpecialist();

    @Test
    void shouldMakeAcceptingTherapistPrimaryTherapistOfActiveClient() {
        String referralId = Referrals.create(ccls, Referrals.withNewClient());
        String clientId = Referrals.clientOf(ccls, referralId);
        Api therapist = Api.newTherapist();
        therapist.request().get(CLIENTS + clientId).then().statusCode(Status.NOT_FOUND.getStatusCode());

        therapist.request().post(Referrals.accept(referralId)).then()
                .statusCode(Status.OK.getStatusCode())
                .header("ETag", "\"1\"")
                .body("status", equalTo("accepted"), "decidedBy.staffId", equalTo(therapist.staffId()),
                        "decidedAt", notNullValue(), "declineReason", nullValue(),
                        "assignedTherapist.staffId", equalTo(therapist.staffId()),
                        "assignedRole", equalTo("primary-therapist"), "client.status", equalTo("active"));

        therapist.request().get(CLIENTS + clientId).then()
                .statusCode(Status.OK.getStatusCode()).body("status", equalTo("active"));
        therapist.request().get(CLIENTS + clientId + "/care-team").then()
                .body("items.find { it.role == 'primary-therapist' }.staffId", equalTo(therapist.staffId()))
                .body("items.find { it.role == 'child-life-specialist' }.staffId", equalTo(ccls.staffId()));
        ccls.request().get(REFERRALS + "/" + referralId).then().header("ETag", "\"1\"").body("status", equalTo("accepted"));
    }

    @Test
    void shouldRefuseAcceptingTwiceAndKeepFirstDecision() {
        String referralId = Referrals.create(ccls, Referrals.withNewClient());
        Api first = Api.newTherapist();
        first.request().post(Referrals.accept(referralId)).then().statusCode(Status.OK.getStatusCode());

        for (Api again : List.of(first, Api.newTherapist(), supervisor)) {
            again.request().post(Referrals.accept(referralId)).then()
                    .statusCode(Status.CONFLICT.getStatusCode())
                    .contentType("application/problem+json");
        }
        supervisor.request().body(Map.of("reason", "Too late")).post(Referrals.decline(referralId)).then()
                .statusCode(Status.CONFLICT.getStatusCode());
        supervisor.request().get(REFERRALS + "/" + referralId).then()
                .header("ETag", "\"1\"")
                .body("status", equalTo("accepted"), "decidedBy.staffId", equalTo(first.staffId()));
    }

    @Test
    void shouldRefuseAcceptingDeclinedReferral() {
        String referralId = Referrals.create(ccls, Referrals.withNewClient());
        String clientId = Referrals.clientOf(ccls, referralId);
        supervisor.request().body(Map.of("reason", "Outside the program's units")).post(Referrals.decline(referralId))
                .then().statusCode(Status.OK.getStatusCode());

        Api therapist = Api.newTherapist();
        therapist.request().post(Referrals.accept(referralId)).then().statusCode(Status.CONFLICT.getStatusCode());
        supervisor.request().get(CLIENTS + clientId).then().body("status", equalTo("referred"));
        supervisor.request().get(CLIENTS + clientId + "/care-team").then()
                .body("items.role", equalTo(List.of("child-life-specialist")));
        supervisor.request().get(REFERRALS + "/" + referralId).then()
                .body("status", equalTo("declined"), "declineReason", equalTo("Outside the program's units"),
                        "assignedTherapist", nullValue());
    }

    @Test
    void shouldRequireReasonToDeclineAndChangeNothingWithout() {
        String referralId = Referrals.create(ccls, Referrals.withNewClient());
        Api therapist = Api.newTherapist();

        therapist.request().body(Map.of()).post(Referrals.decline(referralId)).then()
                .statusCode(UNPROCESSABLE).contentType("application/problem+json")
                .body("violations[0].field", equalTo("reason"));
        therapist.request().body(Map.of("reason", "   ")).post(Referrals.decline(referralId)).then()
                .statusCode(UNPROCESSABLE).body("violations[0].field", equalTo("reason"));
        therapist.request().body(Map.of("reason", "x".repeat(2001))).post(Referrals.decline(referralId)).then()
                .statusCode(UNPROCESSABLE).body("violations[0].field", equalTo("reason"));
        therapist.request().post(Referrals.decline(referralId)).then()
                .statusCode(UNPROCESSABLE).contentType("application/problem+json");

        therapist.request().get(REFERRALS + "/" + referralId).then()
                .header("ETag", "\"0\"")
                .body("status", equalTo("pending"), "decidedAt", nullValue(), "declineReason", nullValue());
    }

    @Test
    void shouldLetSupervisorNameTheTherapistWhoTakesTheChildOn() {
        String referralId = Referrals.create(ccls, Referrals.withNewClient());
        String clientId = Referrals.clientOf(ccls, referralId);
        Api named = Api.newTherapist();

        supervisor.request().body(Map.of("therapistStaffId", named.staffId())).post(Referrals.accept(referralId)).then()
                .statusCode(Status.OK.getStatusCode())
                .body("decidedBy.staffId", equalTo(supervisor.staffId()),
                        "assignedTherapist.staffId", equalTo(named.staffId()), "assignedRole", equalTo("primary-therapist"));
        named.request().get(CLIENTS + clientId).then().statusCode(Status.OK.getStatusCode()).body("status", equalTo("active"));
    }

    @Test
    void shouldLetSupervisorAcceptWithoutAssigningTherapist() {
        String referralId = Referrals.create(ccls, Referrals.withNewClient());
        String clientId = Referrals.clientOf(ccls, referralId);

        supervisor.request().post(Referrals.accept(referralId)).then()
                .statusCode(Status.OK.getStatusCode())
                .body("status", equalTo("accepted"), "assignedTherapist", nullValue(), "assignedRole", nullValue());
        supervisor.request().get(CLIENTS + clientId).then().body("status", equalTo("active"));
        supervisor.request().get(CLIENTS + clientId + "/care-team").then()
                .body("items.role", equalTo(List.of("child-life-specialist")));
    }

    @Test
    void shouldRefuseNamingSomeoneWhoIsNotATherapistAndChangeNothing() {
        String referralId = Referrals.create(ccls, Referrals.withNewClient());
        String clientId = Referrals.clientOf(ccls, referralId);

        for (String staffId : List.of(Api.newChildLifeSpecialist().staffId(), UUID.randomUUID().toString())) {
            supervisor.request().body(Map.of("therapistStaffId", staffId)).post(Referrals.accept(referralId)).then()
                    .statusCode(UNPROCESSABLE).body("violations[0].field", equalTo("therapistStaffId"));
        }
        supervisor.request().get(REFERRALS + "/" + referralId).then().body("status", equalTo("pending"));
        supervisor.request().get(CLIENTS + clientId).then().body("status", equalTo("referred"));
    }

    @Test
    void shouldNotLetTherapistAssignAColleague() {
        String referralId = Referrals.create(ccls, Referrals.withNewClient());
        Api therapist = Api.newTherapist();

        therapist.request().body(Map.of("therapistStaffId", Api.newTherapist().staffId()))
                .post(Referrals.accept(referralId)).then()
                .statusCode(Status.FORBIDDEN.getStatusCode());
        therapist.request().body(Map.of("therapistStaffId", therapist.staffId())).post(Referrals.accept(referralId)).then()
                .statusCode(Status.OK.getStatusCode())
                .body("assignedTherapist.staffId", equalTo(therapist.staffId()));
    }

    @Test
    void shouldAddAcceptorAsTherapistWhenClientAlreadyHasPrimaryTherapist() {
        Api primary = Api.newTherapist();
        String clientId = Clients.create(primary);
        String referralId = Referrals.create(primary, Referrals.of(clientId, "routine", "end-of-life", "family-support"));
        Api colleague = Api.newTherapist();

        colleague.request().post(Referrals.accept(referralId)).then()
                .statusCode(Status.OK.getStatusCode())
                .body("assignedRole", equalTo("therapist"), "assignedTherapist.staffId", equalTo(colleague.staffId()));
        colleague.request().get(CLIENTS + clientId + "/care-team").then()
                .body("items.find { it.role == 'primary-therapist' }.staffId", equalTo(primary.staffId()))
                .body("items.find { it.role == 'therapist' }.staffId", equalTo(colleague.staffId()));
    }

    @Test
    void shouldReplayRetriedAcceptInsteadOfConflict() {
        String referralId = Referrals.create(ccls, Referrals.withNewClient());
        Api therapist = Api.newTherapist();
        String key = UUID.randomUUID().toString();

        therapist.request().header("Idempotency-Key", key).post(Referrals.accept(referralId)).then()
                .statusCode(Status.OK.getStatusCode());
        therapist.request().header("Idempotency-Key", key).post(Referrals.accept(referralId)).then()
                .statusCode(Status.OK.getStatusCode())
                .header("Idempotency-Replayed", "true")
                .body("status", equalTo("accepted"));
    }
}
