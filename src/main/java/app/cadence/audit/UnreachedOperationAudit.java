package app.cadence.audit;

import java.lang.reflect.Method;
import java.util.HashMap;
import java.util.Map;

import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import app.cadence.common.persistence.DatabaseOutage;
import app.cadence.common.problem.OutageProblems;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;

/**
 * Puts on record the requests that failed before their operation ran, so that the interceptor
 * never saw them: refused by the role check (401, 403) on any /api path, or refused while the
 * body and parameters were read (400 malformed JSON or wrong type, 415, 422 unknown code) on an
 * audited operation. Every other failed attempt is recorded by {@link AuditInterceptor}; a request
 * is recorded once either way. When the database cannot take the event, the refusal is answered
 * like every other request meanwhile: 503, with the event kept in the log.
 */
class UnreachedOperationAudit {

    private final AuditRecorder recorder;
    private final CurrentVertxRequest currentRequest;
    private final OutageProblems outage;

    UnreachedOperationAudit(AuditRecorder recorder, CurrentVertxRequest currentRequest, OutageProblems outage) {
        this.recorder = recorder;
        this.currentRequest = currentRequest;
        this.outage = outage;
    }

    @ServerResponseFilter
    Uni<Void> recordUnreached(ContainerResponseContext response, ResourceInfo resource, UriInfo uri) {
        RoutingContext request = currentRequest.getCurrent();
        int status = response.getStatus();
        if (status < 400 || request == null || AuditRecorder.recorded(request)
                || !(request.normalizedPath().startsWith("/api/") || request.normalizedPath().startsWith("/fhir/"))) {
            return Uni.createFrom().voidItem();
        }
        Method method = resource == null ? null : resource.getResourceMethod();
        boolean audited = method != null && method.getDeclaringClass().isAnnotationPresent(Audited.class);
        boolean refused = status == 401 || status == 403;
        if (!audited && !refused) {
            return Uni.createFrom().voidItem();
        }
        AuditedOperation operation = audited ? AuditedOperation.of(method, pathParameters(uri)) : null;
        return recorder.unreached(request, caller(request), operation, status)
                .onFailure(DatabaseOutage::isCause).recoverWithItem(failure -> {
                    Response unavailable = outage.respond(failure, request.request());
                    response.setStatus(unavailable.getStatus());
                    response.getHeaders().putSingle(HttpHeaders.RETRY_AFTER, unavailable.getHeaderString(HttpHeaders.RETRY_AFTER));
                    response.setEntity(unavailable.getEntity(), null, unavailable.getMediaType());
                    return null;
                });
    }

    /** The caller as authentication left it; null when no valid token was presented. */
    private static SecurityIdentity caller(RoutingContext request) {
        return request.user() instanceof QuarkusHttpUser user ? user.getSecurityIdentity() : null;
    }

    private static Map<String, String> pathParameters(UriInfo uri) {
        Map<String, String> values = new HashMap<>();
        uri.getPathParameters().forEach((name, list) -> values.put(name, list.isEmpty() ? null : list.get(0)));
        return values;
    }
}
