package app.cadence.common.openapi;

/** Shared wording for the OpenAPI document. */
public final class ApiDocs {

    public static final String IF_MATCH = "If-Match";
    public static final String IF_MATCH_DESCRIPTION = "The ETag of the version being replaced (required)";
    public static final String ETAG_DESCRIPTION = "Version of the returned resource; send it as If-Match to update";
    public static final String LOCATION_DESCRIPTION = "URL of the created resource";

    private ApiDocs() {
    }
}
