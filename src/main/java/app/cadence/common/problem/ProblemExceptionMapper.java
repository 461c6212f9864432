package app.cadence.common.problem;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.vertx.core.http.HttpServerRequest;

class ProblemExceptionMapper {

    private final Problems problems;

    @Inject
    ProblemExceptionMapper(Problems problems) {
        this.problems = problems;
    }

    @ServerExceptionMapper
    Response problem(ProblemException e, HttpServerRequest request) {
        Response response = problems.response(request, e.problemType(), e.getMessage(), e.violations());
        if (e.problemType() == ProblemType.UNAVAILABLE) {
            return Response.fromResponse(response).header(HttpHeaders.RETRY_AFTER, OutageProblems.RETRY_AFTER_SECONDS).build();
        }
        return response;
    }
}
