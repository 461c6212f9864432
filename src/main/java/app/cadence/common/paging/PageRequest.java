package app.cadence.common.paging;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import app.cadence.common.validation.CleanInput;

/** The paging parameters every list operation takes. */
@CleanInput
public class PageRequest {

    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 100;

    @QueryParam("limit")
    @DefaultValue("20")
    @Min(1)
    @Max(MAX_LIMIT)
    @Parameter(description = "Page size, 1 to 100")
    public int limit = DEFAULT_LIMIT;

    @QueryParam("cursor")
    @Size(max = 512)
    @Parameter(description = "The nextCursor of the previous page")
    public String cursor;

    /** Rows to fetch: one more than shown, to learn whether another page exists. */
    public int fetchSize() {
        return limit + 1;
    }
}
