package app.cadence.referral;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import app.cadence.support.Api;
import app.cadence.support.Clients;
import io.restassured.path.json.JsonPath;

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

    /** One page of the queue as the reader sees it; status and cursor are left out when null. */
    static JsonPath page(Api reader, int limit, String cursor, String status) {
        var request = reader.request().queryParam("limit", limit);
        if (cursor != null) {
            request.queryParam("cursor", cursor);
        }
        if (status != null) {
            request.queryParam("status", status);
        }
        return request.get(REFERRALS).then().statusCode(200).extract().jsonPath();
    }

    /** Every referral of the queue the reader sees, following the cursors to the end. */
    static List<Map<String, Object>> all(Api reader, String status) {
        List<Map<String, Object>> items = new ArrayList<>();
        String cursor = null;
        do {
            JsonPath page = page(reader, 100, cursor, status);
            items.addAll(page.getList("items"));
            cursor = page.getString("nextCursor");
        } while (cursor != null);
        return items;
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
