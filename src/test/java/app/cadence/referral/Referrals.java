package app.cadence.referral;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import app.cadence.support.Api;
import app.cadence.support.Clients;

/** Referral request bodies and shortcuts for the referral tests. */
final class Referrals {

    static final String REFERRALS = "/api/v1/referrals";

    private Referrals() {
    }

    static Map<String, Object> of(String clientId, String priority, String... reasons) {
        Map<String, Object> body = body(priority, reasons);
        body.put("clientId", clientId);
        return body;
    }

    static Map<String, Object> withNewClient(Map<String, Object> client, String priority, String... reasons) {
        Map<String, Object> body = body(priority, reasons);
        body.put("client", client);
        return body;
    }

    static Map<String, Object> withNewClient() {
        return withNewClient(Clients.child(), "routine", "anxiety");
    }

    /** Creates the referral as the caller and returns its id. */
    static String create(Api api, Map<String, Object> body) {
        return api.request().body(body).post(REFERRALS).then().statusCode(201).extract().path("id");
    }

    static String clientOf(Api reader, String referralId) {
        return reader.request().get(REFERRALS + "/" + referralId).then().statusCode(200).extract().path("clientId");
    }

    static String accept(String referralId) {
        return REFERRALS + "/" + referralId + "/accept";
    }

    static String decline(String referralId) {
        return REFERRALS + "/" + referralId + "/decline";
    }

    private static Map<String, Object> body(String priority, String... reasons) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("reasons", List.of(reasons));
        body.put("priority", priority);
        body.put("notes", "Very anxious before dressing changes; loves Moana songs");
        return body;
    }
}
