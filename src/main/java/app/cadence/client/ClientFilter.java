package app.cadence.client;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import app.cadence.common.validation.CleanInput;

/** Query parameters of the client list. */
@CleanInput
public class ClientFilter {

    @QueryParam("status")
    @Parameter(description = "Only clients with this status")
    public ClientStatus status;

    @QueryParam("q")
    @Size(max = 100)
    @Parameter(description = "Name search: every word must occur in the given, family or preferred name (case-insensitive)")
    public String q;

    @QueryParam("identifier")
    @Size(max = 301)
    @Pattern(regexp = "^[^|]+\\|.+$", message = "must be system|value")
    @Parameter(description = "Exact identifier lookup as system|value, e.g. urn:oid:2.16.840.1.113883.3.1234.1|MRN-0042187")
    public String identifier;
}
