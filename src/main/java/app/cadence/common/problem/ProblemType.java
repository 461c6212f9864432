package app.cadence.common.problem;

import java.net.URI;

import jakarta.ws.rs.core.Response.Status;

/** The kinds of problem Cadence reports; each has a stable type URI that clients may switch on. */
public enum ProblemType {
    MALFORMED_REQUEST(Status.BAD_REQUEST, "malformed-request", "Malformed request"),
    UNAUTHENTICATED(Status.UNAUTHORIZED, "unauthenticated", "Authentication required"),
    FORBIDDEN(Status.FORBIDDEN, "forbidden", "Not allowed for your role"),
    ORIGIN_NOT_ALLOWED(Status.FORBIDDEN, "origin-not-allowed", "Cross-origin request refused"),
    NOT_FOUND(Status.NOT_FOUND, "not-found", "Resource not found"),
    METHOD_NOT_ALLOWED(Status.METHOD_NOT_ALLOWED, "method-not-allowed", "Method not allowed"),
    NOT_ACCEPTABLE(Status.NOT_ACCEPTABLE, "not-acceptable", "Representation not available"),
    CONFLICT(Status.CONFLICT, "conflict", "Conflict with the current state"),
    PRECONDITION_FAILED(Status.PRECONDITION_FAILED, "precondition-failed", "Resource has changed"),
    PAYLOAD_TOO_LARGE(Status.REQUEST_ENTITY_TOO_LARGE, "payload-too-large", "Request body too large"),
    URI_TOO_LONG(Status.REQUEST_URI_TOO_LONG, "uri-too-long", "Request URI too long"),
    HEADERS_TOO_LARGE(431, "headers-too-large", "Request headers too large"),
    UNSUPPORTED_MEDIA_TYPE(Status.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type", "Unsupported media type"),
    VALIDATION(422, "validation", "Invalid request content"),
    PRECONDITION_REQUIRED(428, "precondition-required", "If-Match header required"),
    INTERNAL(Status.INTERNAL_SERVER_ERROR, "internal", "Internal server error"),
    UNAVAILABLE(Status.SERVICE_UNAVAILABLE, "unavailable", "Service temporarily unavailable");

    private static final String BASE = "https://cadence.app/problems/";

    private final int status;
    private final URI type;
    private final String title;

    ProblemType(Status status, String slug, String title) {
        this(status.getStatusCode(), slug, title);
    }

    ProblemType(int status, String slug, String title) {
        this.status = status;
        this.type = URI.create(BASE + slug);
        this.title = title;
    }

    public int status() {
        return status;
    }

    public URI type() {
        return type;
    }

    public String title() {
        return title;
    }

    public static ProblemType forStatus(int status) {
        for (ProblemType candidate : values()) {
            if (candidate.status == status) {
                return candidate;
            }
        }
        return status >= 500 ? INTERNAL : MALFORMED_REQUEST;
    }
}
