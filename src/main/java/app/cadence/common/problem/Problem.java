package app.cadence.common.problem;

import java.net.URI;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An RFC 9457 problem detail. Every error Cadence sends has this shape and the media type
 * {@code application/problem+json}; nothing about the server's internals ever goes into it.
 */
@Schema(name = "Problem", description = "RFC 9457 problem detail")
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(
        @Schema(description = "URI identifying the kind of problem", example = "https://cadence.app/problems/validation")
        URI type,
        @Schema(description = "Short summary of the kind of problem", example = "Invalid request content")
        String title,
        @Schema(description = "HTTP status code", example = "422")
        int status,
        @Schema(description = "What went wrong with this request")
        String detail,
        @Schema(description = "The request path that failed", example = "/api/v1/clients")
        String instance,
        @Schema(description = "Per-field validation failures (422 only)")
        List<Violation> violations) {

    public static final String MEDIA_TYPE = "application/problem+json";
}
