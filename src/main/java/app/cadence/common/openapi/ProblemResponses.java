package app.cadence.common.openapi;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

import app.cadence.common.http.ETags;
import app.cadence.common.idempotency.Idempotent;
import app.cadence.common.problem.Problem;

/**
 * Documents the HTTP conventions every API operation shares, so no resource has to repeat them:
 * the problem responses each kind of operation can give, and the Idempotency-Key header of POSTs.
 * Responses an operation declares itself keep their description and gain the problem schema.
 */
public class ProblemResponses implements OASFilter {

    private static final String PROBLEM_REF = "#/components/schemas/Problem";
    private static final String BEARER = "bearer";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getComponents().addSecurityScheme(BEARER, OASFactory.createSecurityScheme()
                .type(org.eclipse.microprofile.openapi.models.security.SecurityScheme.Type.HTTP)
                .scheme("bearer").bearerFormat("JWT")
                .description("An access token from Cadence's identity provider, pasted as is"));
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            if (path.startsWith("/api/")) {
                item.getOperations().forEach((method, operation) -> document(method, operation));
            }
        });
    }

    private static void document(PathItem.HttpMethod method, Operation operation) {
        boolean hasBody = operation.getRequestBody() != null;
        boolean hasPathParams = operation.getParameters() != null && operation.getParameters().stream()
                .anyMatch(p -> p.getIn() == Parameter.In.PATH);
        boolean hasQueryParams = operation.getParameters() != null && operation.getParameters().stream()
                .anyMatch(p -> p.getIn() == Parameter.In.QUERY);

        limitIfMatch(operation);
        problem(operation, "401", "Missing, invalid or expired bearer token");
        problem(operation, "403", "The caller's role does not permit this operation");
        if (hasPathParams) {
            problem(operation, "404", "Not found, or outside the caller's care teams");
        }
        if (hasBody || hasQueryParams) {
            problem(operation, "400", "Malformed JSON, unknown property, wrong type or invalid cursor");
            problem(operation, "422", "Invalid values; violations name each field");
        }
        if (hasBody) {
            problem(operation, "413", "Request body over 1 MiB");
        }
        if (method == PathItem.HttpMethod.PUT) {
            problem(operation, "412", "If-Match names an older version");
            problem(operation, "428", "If-Match is missing");
        }
        if (method == PathItem.HttpMethod.POST) {
            operation.addParameter(OASFactory.createParameter()
                    .name(Idempotent.HEADER)
                    .in(Parameter.In.HEADER)
                    .description("Makes the request safe to retry: a retry with the same key and body replays the "
                            + "first response; the same key with another body is refused (422)")
                    .schema(OASFactory.createSchema().addType(org.eclipse.microprofile.openapi.models.media.Schema.SchemaType.STRING)
                            .maxLength(255)));
        }
        problem(operation, "500", "Unexpected server error (no internals are disclosed)");
        problem(operation, "503", "The database is unavailable; retry after the seconds Retry-After gives");
        operation.getResponses().getAPIResponse("503").addHeader("Retry-After", OASFactory.createHeader()
                .description("Seconds to wait before retrying")
                .schema(OASFactory.createSchema().addType(org.eclipse.microprofile.openapi.models.media.Schema.SchemaType.INTEGER)));
        // A token obtained elsewhere (curl, a hospital system) can be pasted into Swagger UI as a plain bearer token.
        if (operation.getSecurity() != null && !operation.getSecurity().isEmpty()) {
            operation.addSecurityRequirement(OASFactory.createSecurityRequirement().addScheme(BEARER));
        }
        // Error responses an operation declares itself (409 and the like) are problems too.
        operation.getResponses().getAPIResponses().forEach((status, response) -> {
            if (status.startsWith("4") || status.startsWith("5")) {
                problem(operation, status, response.getDescription());
            }
        });
    }

    /** Every string a request carries has a documented maximum, the If-Match header included. */
    private static void limitIfMatch(Operation operation) {
        if (operation.getParameters() != null) {
            operation.getParameters().stream()
                    .filter(p -> p.getIn() == Parameter.In.HEADER && ApiDocs.IF_MATCH.equals(p.getName()) && p.getSchema() != null)
                    .forEach(p -> p.getSchema().maxLength(ETags.MAX_IF_MATCH_LENGTH));
        }
    }

    private static void problem(Operation operation, String status, String description) {
        APIResponses responses = operation.getResponses();
        APIResponse response = responses.getAPIResponse(status);
        if (response == null) {
            response = OASFactory.createAPIResponse().description(description);
            responses.addAPIResponse(status, response);
        }
        response.content(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM_REF))));
    }
}
