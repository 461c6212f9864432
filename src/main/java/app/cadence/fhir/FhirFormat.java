package app.cadence.fhir;

import java.util.List;
import java.util.Set;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import app.cadence.common.problem.ProblemType;

/**
 * FHIR's {@code _format} parameter overrides the Accept header. Cadence speaks FHIR JSON only, so
 * anything else (XML above all) is refused with 406 before any work is done.
 */
class FhirFormat {

    private static final Set<String> JSON = Set.of("json", "application/json", "application/fhir+json");

    @ServerRequestFilter
    Response checkFormat(ContainerRequestContext request) {
        if (!request.getUriInfo().getPath().startsWith("/fhir/")) {
            return null;
        }
        String format = request.getUriInfo().getQueryParameters().getFirst("_format");
        if (format == null || JSON.contains(format.split(";")[0].trim().toLowerCase(java.util.Locale.ROOT))) {
            return null;
        }
        return Response.status(ProblemType.NOT_ACCEPTABLE.status()).type(FhirJson.MEDIA_TYPE)
                .entity(OperationOutcomes.outcome(ProblemType.NOT_ACCEPTABLE,
                        "Only FHIR JSON is available: _format=json or application/fhir+json", List.of()))
                .build();
    }
}
