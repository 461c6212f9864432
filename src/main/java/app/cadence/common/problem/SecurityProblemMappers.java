package app.cadence.common.problem;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.ext.web.RoutingContext;

/**
 * 401 and 403 as problem responses. Authentication runs lazily inside the REST layer
 * ({@code quarkus.http.auth.proactive=false}) so that these failures reach exception mappers.
 */
class SecurityProblemMappers {

    private final Problems problems;

    @Inject
    SecurityProblemMappers(Problems problems) {
        this.problems = problems;
    }

    @ServerExceptionMapper({ UnauthorizedException.class, AuthenticationFailedException.class })
    Response unauthenticated(RoutingContext context) {
        BearerChallenge challenge = BearerChallenge.of(context.request().getHeader(HttpHeaders.AUTHORIZATION));
        Response problem = problems.response(context.request(), ProblemType.UNAUTHENTICATED, challenge.detail());
        return Response.fromResponse(problem).header(HttpHeaders.WWW_AUTHENTICATE, challenge.header()).build();
    }

    @ServerExceptionMapper
    Response forbidden(ForbiddenException e, RoutingContext context) {
        return problems.response(context.request(), ProblemType.FORBIDDEN, "Your role does not permit this action");
    }
}
