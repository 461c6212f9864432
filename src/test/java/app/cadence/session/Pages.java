package app.cadence.session;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import app.cadence.support.Api;
import io.restassured.path.json.JsonPath;

/** Follows a list's nextCursor from the first page to the last. */
public final class Pages {

    private static final int MAX_PAGES = 100;

    private Pages() {
    }

    /** Every page of the list, in order; each request must answer 200. */
    public static List<JsonPath> all(Api caller, String path, int limit, Map<String, ?> filters) {
        List<JsonPath> pages = new ArrayList<>();
        String cursor = null;
        do {
            var request = caller.request().queryParams(filters).queryParam("limit", limit);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            JsonPath page = request.get(path).then().statusCode(200).extract().jsonPath();
            pages.add(page);
            cursor = page.getString("nextCursor");
        } while (cursor != null && pages.size() < MAX_PAGES);
        return pages;
    }

    /** One field of every item across all pages, e.g. {@code "id"}. */
    public static List<String> field(List<JsonPath> pages, String field) {
        List<String> values = new ArrayList<>();
        pages.forEach(page -> values.addAll(page.getList("items." + field)));
        return values;
    }
}
