package app.cadence.common.http;

import java.net.URI;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/** The shapes of successful responses every resource uses. */
public final class Responses {

    private Responses() {
    }

    /** 201 with the new resource's absolute URL and its ETag. */
    public static Response created(UriInfo uriInfo, String path, Object body, long version) {
        URI location = uriInfo.getBaseUriBuilder().path(path).build();
        return Response.created(location).header(HttpHeaders.ETAG, ETags.of(version)).entity(body).build();
    }

    /** 200 with the resource's ETag. */
    public static Response ok(Object body, long version) {
        return Response.ok(body).header(HttpHeaders.ETAG, ETags.of(version)).build();
    }
}
