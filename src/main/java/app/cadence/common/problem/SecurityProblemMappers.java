package app.cadence.common.problem;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import app.cadence.audit.AuditRecorder;
import app.cadence.common.persistence.DatabaseOutage;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;

/**
 * 401 and 403 as problem responses. Authentication runs lazily inside the REST layer
 * ({@code quarkus.http.auth.proactive=false}) so that these failures reach exception mappers.
 */
class SecurityProblemMappers {

    private final Problems problems;
    private final AuditRecorder audit;
    private final OutageProblems outage;

    @Inject
    SecurityProblemMappers(Problems problems, AuditRecorder audit, OutageProblems outage) {
        this.problems = problems;
        this.audit = audit;
        this.outage = outage;
    }

    @ServerExceptionMapper({ UnauthorizedException.class, AuthenticationFailedException.class })
    Uni<Response> unauthenticated(RoutingContext context) {
        BearerChallenge challenge = BearerChallenge.of(context.request().getHeader(HttpHeaders.AUTHORIZATION));
        Response problem = problems.response(context.request(), ProblemType.UNAUTHENTICATED, challenge.detail());
        return audited(context, null,
                Response.fromResponse(problem).header(HttpHeaders.WWW_AUTHENTICATE, challenge.header()).build());
    }

    @ServerExceptionMapper
    Uni<Response> forbidden(ForbiddenException e, RoutingContext context) {
        SecurityIdentity refused = context.user() instanceof QuarkusHttpUser user ? user.getSecurityIdentity() : null;
        return audited(context, refused,
                problems.response(context.request(), ProblemType.FORBIDDEN, "Your role does not permit this action"));
    }

    /**
     * Refused before any operation ran, so no operation recorded it: the attempt is put on record
     * before the response is sent. When the database cannot take the record, the answer is the
     * outage's 503, as for every other request meanwhile.
     */
    private Uni<Response> audited(RoutingContext context, SecurityIdentity refused, Response response) {
        String path = context.normalizedPath();
        if (!path.startsWith("/api/") && !path.startsWith("/fhir/")) {
            return Uni.createFrom().item(response);
        }
        return audit.refused(context, refused).replaceWith(response)
                .onFailure(DatabaseOutage::isCause).recoverWithItem(e -> outage.respond(e, context.request()));
    }
}
