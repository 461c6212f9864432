package app.cadence.referral;

import static app.cadence.referral.Referrals.REFERRALS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.core.Response.Status;

import org.junit.jupiter.api.Test;

import app.cadence.support.Api;
import app.cadence.support.Clients;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/** Making referrals: by each allowed role, for new and existing clients, and who joins the care team. */
@QuarkusTest
class ReferralTest {

    private static final String CLIENTS = "/api/v1/clients/";

    private final Api supervisor = Api.newSupervisor();

    @Inject
    EntityManager em;

    @Test
    void shouldLetChildLifeSpecialistReferNewChildAndFollowIt() {
        Api ccls = Api.newChildLifeSpecialist();
        Map<String, Object> child = Clients.child("Mila", "Okafor");

        var created = ccls.request().body(Referrals.withNewClient(child, "urgent", "anxiety", "coping"))
                .post(REFERRALS).then()
                .statusCode(Status.CREATED.getStatusCode())
                .header("ETag", "\"0\"")
                .body("status", equalTo("pending"), "priority", equalTo("urgent"),
                        "reasons", equalTo(List.of("anxiety", "coping")),
                        "client.displayName", equalTo("Mila Okafor"), "client.unit", equalTo("PICU"),
                        "client.status", equalTo("referred"),
                        "referredBy.staffId", equalTo(ccls.staffId()), "decidedAt", nullValue())
                .extract();
        String referralId = created.path("id");
        String clientId = created.path("clientId");
        assertThat(created.header("Location")).endsWith(REFERRALS + "/" + referralId);

        ccls.request().get(CLIENTS + clientId).then()
                .statusCode(Status.OK.getStatusCode())
                .body("status", equalTo("referred"), "familyName", equalTo("Okafor"));
        ccls.request().get(CLIENTS + clientId + "/care-team").then()
                .body("items.size()", equalTo(1), "items[0].role", equalTo("child-life-specialist"),
                        "items[0].staffId", equalTo(ccls.staffId()));
        ccls.request().get(REFERRALS + "/" + referralId).then()
                .statusCode(Status.OK.getStatusCode())
                .header("ETag", "\"0\"")
                .body("notes", equalTo("Very anxious before dressing changes; loves Moana songs"));
    }

    @Test
    void shouldLetReferringTherapistJoinAsTherapistSoTheAcceptorBecomesPrimary() {
        Api referring = Api.newTherapist();
        String referralId = Referrals.create(referring, Referrals.withNewClient());
        String clientId = Referrals.clientOf(referring, referralId);
        referring.request().get(CLIENTS + clientId + "/care-team").then()
                .body("items.size()", equalTo(1), "items[0].role", equalTo("therapist"));

        Api accepting = Api.newTherapist();
        accepting.request().post(Referrals.accept(referralId)).then()
                .statusCode(Status.OK.getStatusCode())
                .body("assignedRole", equalTo("primary-therapist"), "assignedTherapist.staffId", equalTo(accepting.staffId()));
        supervisor.request().get(CLIENTS + clientId + "/care-team").then()
                .body("items.findAll { it.active }.collect { it.role }", equalTo(List.of("therapist", "primary-therapist")))
                .body("items.find { it.role == 'primary-therapist' }.staffId", equalTo(accepting.staffId()));
    }

    @Test
    void shouldMakeReferringTherapistPrimaryWhenAcceptingOwnReferral() {
        Api therapist = Api.newTherapist();
        String referralId = Referrals.create(therapist, Referrals.withNewClient());
        String clientId = Referrals.clientOf(therapist, referralId);

        therapist.request().post(Referrals.accept(referralId)).then()
                .statusCode(Status.OK.getStatusCode())
                .body("assignedRole", equalTo("primary-therapist"));
        // The therapist membership is kept as history, replaced by the primary one.
        therapist.request().get(CLIENTS + clientId + "/care-team").then()
                .body("items.collect { it.role }", equalTo(List.of("therapist", "primary-therapist")))
                .body("items.collect { it.active }", equalTo(List.of(false, true)));
    }

    @Test
    void shouldLetSupervisorReferAnyExistingClientWithoutJoiningItsTeam() {
        String clientId = Clients.create(Api.newTherapist());
        supervisor.request().body(Referrals.of(clientId, "routine", "developmental")).post(REFERRALS).then()
                .statusCode(Status.CREATED.getStatusCode())
                .body("clientId", equalTo(clientId), "referredBy.staffId", equalTo(supervisor.staffId()));
        supervisor.request().get(CLIENTS + clientId + "/care-team").then()
                .body("items.staffId", not(hasItem(supervisor.staffId())));
    }

    @Test
    void shouldAttachIntegrationReferralToClientWithSameIdentifier() {
        Api integration = Api.newIntegration();
        Map<String, Object> child = Clients.child("Theo", "Lindqvist");
        String existingId = Clients.create(integration, child);

        Map<String, Object> again = Clients.child("Theodor", "Lindqvist");
        again.put("identifiers", child.get("identifiers"));
        integration.request().body(Referrals.withNewClient(again, "routine", "pain")).post(REFERRALS).then()
                .statusCode(Status.CREATED.getStatusCode())
                .body("clientId", equalTo(existingId), "client.displayName", equalTo("Theo Lindqvist"));

        supervisor.request().queryParam("identifier", identifierOf(child)).get("/api/v1/clients").then()
                .body("items.id", equalTo(List.of(existingId)));
    }

    @Test
    void shouldRefuseIntegrationReferralWhoseIdentifiersNameDifferentClients() {
        Api integration = Api.newIntegration();
        Map<String, Object> first = Clients.child();
        Map<String, Object> second = Clients.child();
        Clients.create(integration, first);
        Clients.create(integration, second);

        Map<String, Object> mixed = Clients.child();
        mixed.put("identifiers", List.of(((List<?>) first.get("identifiers")).get(0),
                ((List<?>) second.get("identifiers")).get(0)));
        integration.request().body(Referrals.withNewClient(mixed, "routine", "pain")).post(REFERRALS).then()
                .statusCode(Status.CONFLICT.getStatusCode())
                .contentType("application/problem+json");
        supervisor.request().queryParam("identifier", identifierOf(first)).get("/api/v1/clients").then()
                .body("items.size()", equalTo(1));
    }

    @Test
    void shouldRefuseTakenIdentifierToOtherCallersLikeClientCreation() {
        Map<String, Object> child = Clients.child();
        String existingId = Clients.create(Api.newIntegration(), child);
        Api ccls = Api.newChildLifeSpecialist();

        ccls.request().body(Referrals.withNewClient(child, "urgent", "pain")).post(REFERRALS).then()
                .statusCode(Status.CONFLICT.getStatusCode())
                .contentType("application/problem+json");

        supervisor.request().queryParam("identifier", identifierOf(child)).get("/api/v1/clients").then()
                .body("items.id", equalTo(List.of(existingId)));
        ccls.request().get(REFERRALS).then().body("items.size()", equalTo(0));
    }

    @Test
    void shouldHideExistingClientOutsideCareTeamAsNotFound() {
        String clientId = Clients.create(Api.newTherapist());
        Api ccls = Api.newChildLifeSpecialist();
        ccls.request().body(Referrals.of(clientId, "routine", "coping")).post(REFERRALS).then()
                .statusCode(Status.NOT_FOUND.getStatusCode());
        ccls.request().body(Referrals.of("0190a1b2-0000-7000-8000-000000000000", "routine", "coping"))
                .post(REFERRALS).then()
                .statusCode(Status.NOT_FOUND.getStatusCode());
        // Had it been stored, the referrer would see it among the referrals they made.
        ccls.request().get(REFERRALS).then().body("items.size()", equalTo(0));
    }

    @Test
    void shouldRefuseSecondPendingReferralForSameClient() {
        Api ccls = Api.newChildLifeSpecialist();
        String first = Referrals.create(ccls, Referrals.withNewClient());
        String clientId = Referrals.clientOf(ccls, first);

        ccls.request().body(Referrals.of(clientId, "urgent", "pain")).post(REFERRALS).then()
                .statusCode(Status.CONFLICT.getStatusCode())
                .body("detail", containsString(first));
        ccls.request().get(REFERRALS).then().body("items.id", equalTo(List.of(first)));

        // Once decided, the child may be referred again.
        Api.newTherapist().request().body(Map.of("reason", "No capacity this week")).post(Referrals.decline(first)).then()
                .statusCode(Status.OK.getStatusCode());
        ccls.request().body(Referrals.of(clientId, "urgent", "pain")).post(REFERRALS).then()
                .statusCode(Status.CREATED.getStatusCode());
    }

    @Test
    void shouldRefuseReferralOfClientEnteredInError() {
        Api integration = Api.newIntegration();
        Map<String, Object> child = Clients.child();
        String clientId = Clients.create(integration, child);
        child.put("status", "entered-in-error");
        integration.request().header("If-Match", "\"0\"").body(child).put(CLIENTS + clientId).then()
                .statusCode(Status.OK.getStatusCode());

        integration.request().body(Referrals.of(clientId, "routine", "other")).post(REFERRALS).then()
                .statusCode(Status.CONFLICT.getStatusCode());
        integration.request().body(Referrals.withNewClient(child, "routine", "other")).post(REFERRALS).then()
                .statusCode(Status.CONFLICT.getStatusCode());
        supervisor.request().get(CLIENTS + clientId).then().body("status", equalTo("entered-in-error"));
    }

    @Test
    void shouldBringDischargedChildBackAsReferredAndBackToDischargedWhenDeclined() {
        Api ccls = Api.newChildLifeSpecialist();
        String clientId = Clients.create(ccls);
        discharge(clientId);

        String referralId = Referrals.create(ccls, Referrals.of(clientId, "routine", "family-support"));
        ccls.request().get(CLIENTS + clientId).then().body("status", equalTo("referred"));
        // Already on the team as the child's creator, the referrer does not join twice.
        ccls.request().get(CLIENTS + clientId + "/care-team").then().body("items.size()", equalTo(1));

        Api.newTherapist().request().body(Map.of("reason", "Family declined services")).post(Referrals.decline(referralId))
                .then().statusCode(Status.OK.getStatusCode());
        ccls.request().get(CLIENTS + clientId).then().body("status", equalTo("discharged"));

        String again = Referrals.create(ccls, Referrals.of(clientId, "urgent", "end-of-life"));
        Api therapist = Api.newTherapist();
        therapist.request().post(Referrals.accept(again)).then().statusCode(Status.OK.getStatusCode());
        therapist.request().get(CLIENTS + clientId).then().body("status", equalTo("active"));
    }

    @Test
    void shouldLeaveNewChildReferredWhenDeclined() {
        Api ccls = Api.newChildLifeSpecialist();
        String referralId = Referrals.create(ccls, Referrals.withNewClient());
        String clientId = Referrals.clientOf(ccls, referralId);
        Api therapist = Api.newTherapist();

        therapist.request().body(Map.of("reason", "  Discharged home before a first session  ")).post(Referrals.decline(referralId))
                .then()
                .statusCode(Status.OK.getStatusCode())
                .header("ETag", "\"1\"")
                .body("status", equalTo("declined"), "declineReason", equalTo("Discharged home before a first session"),
                        "decidedBy.staffId", equalTo(therapist.staffId()), "decidedAt", notNullValue(),
                        "assignedTherapist", nullValue());
        ccls.request().get(CLIENTS + clientId).then().body("status", equalTo("referred"));
        ccls.request().get(REFERRALS + "/" + referralId).then()
                .header("ETag", "\"1\"")
                .body("status", equalTo("declined"), "decidedBy.displayName", equalTo("Staff " + therapist.subject()));
    }

    @Test
    void shouldReplayRetriedReferralWithSameIdempotencyKey() {
        Api ccls = Api.newChildLifeSpecialist();
        Map<String, Object> body = Referrals.withNewClient();
        String key = UUID.randomUUID().toString();
        String first = ccls.request().header("Idempotency-Key", key).body(body).post(REFERRALS).then()
                .statusCode(Status.CREATED.getStatusCode()).extract().path("id");
        ccls.request().header("Idempotency-Key", key).body(body).post(REFERRALS).then()
                .statusCode(Status.CREATED.getStatusCode())
                .header("Idempotency-Replayed", "true")
                .body("id", equalTo(first));
        ccls.request().get(REFERRALS).then().body("items.id", equalTo(List.of(first)));
    }

    /** A child discharged earlier; the discharge operation itself belongs to another part of the API. */
    private void discharge(String clientId) {
        QuarkusTransaction.requiringNew().run(() -> em
                .createNativeQuery("update client set status = 'discharged' where id = cast(:id as uuid)")
                .setParameter("id", clientId)
                .executeUpdate());
    }

    @SuppressWarnings("unchecked")
    private static String identifierOf(Map<String, Object> child) {
        Map<String, String> identifier = ((List<Map<String, String>>) child.get("identifiers")).get(0);
        return identifier.get("system") + "|" + identifier.get("value");
    }
}
