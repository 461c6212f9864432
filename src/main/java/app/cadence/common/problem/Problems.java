package app.cadence.common.problem;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.ws.rs.core.Response;

import io.vertx.core.http.HttpServerRequest;

/**
 * Builds problem+json responses; the {@code instance} is the path the caller asked for. Paths a
 * {@link ProblemFormat} owns get that format instead.
 */
@ApplicationScoped
public class Problems {

    private final Instance<ProblemFormat> formats;

    Problems(Instance<ProblemFormat> formats) {
        this.formats = formats;
    }

    public Response response(HttpServerRequest request, ProblemType type, String detail) {
        return response(request, type, detail, List.of());
    }

    public Response response(HttpServerRequest request, ProblemType type, String detail, List<Violation> violations) {
        if (request != null) {
            for (ProblemFormat format : formats) {
                if (format.owns(request.path())) {
                    return format.response(type, detail, violations);
                }
            }
        }
        return Response.status(type.status())
                .type(Problem.MEDIA_TYPE)
                .entity(of(request == null ? null : request.path(), type, detail, violations))
                .build();
    }

    public static Problem of(String path, ProblemType type, String detail, List<Violation> violations) {
        return new Problem(type.type(), type.title(), type.status(), detail, path, violations);
    }
}
