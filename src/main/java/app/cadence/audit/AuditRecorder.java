package app.cadence.audit;

import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import org.eclipse.microprofile.jwt.JsonWebToken;

import app.cadence.common.Ids;
import app.cadence.common.http.RequestIds;
import app.cadence.common.persistence.BaseEntity;
import app.cadence.security.Caller;
import app.cadence.security.Roles;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;

/** Writes audit events: in the caller's transaction, or in one of their own when that one failed. */
@ApplicationScoped
public class AuditRecorder {

    private final EntityManager em;
    private final CurrentVertxRequest currentRequest;
    private final SecurityIdentity identity;
    private final Caller caller;
    private final AuditSink sink;

    AuditRecorder(EntityManager em, CurrentVertxRequest currentRequest, SecurityIdentity identity, Caller caller,
            AuditSink sink) {
        this.em = em;
        this.currentRequest = currentRequest;
        this.identity = identity;
        this.caller = caller;
        this.sink = sink;
    }

    /** An event of the current request, about the given record. */
    AuditEvent event(AuditAction action, String resourceType, String resourceId, UUID clientId, AuditOutcome outcome) {
        boolean anonymous = identity.isAnonymous();
        return event(currentRequest.getCurrent(), anonymous ? null : caller.subject(),
                anonymous ? Set.of() : identity.getRoles(), action, resourceType, resourceId, clientId, outcome);
    }

    private static AuditEvent event(RoutingContext request, String subject, Set<String> roles, AuditAction action,
            String resourceType, String resourceId, UUID clientId, AuditOutcome outcome) {
        Set<String> cadenceRoles = new TreeSet<>(roles);
        cadenceRoles.retainAll(Roles.ALL);
        return new AuditEvent(Ids.newId(), BaseEntity.now(), truncate(subject, 255), cadenceRoles,
                action, resourceType, resourceId, clientId, outcome,
                RequestIds.of(request),
                request.request().remoteAddress() == null ? null : request.request().remoteAddress().hostAddress(),
                request.request().method().name(),
                truncate(request.normalizedPath(), 500));
    }

    /** Writes in the current transaction, so the event commits (or not) with the work it records. */
    void record(AuditEvent event) {
        QuarkusTransaction.joiningExisting().run(() -> insert(event));
    }

    /**
     * Writes apart from the request's work, which changed nothing (a read) or was refused or rolled
     * back; returns once the event is committed, possibly together with other requests' events.
     */
    void recordAlone(AuditEvent event) {
        sink.write(event);
    }

    /**
     * A request refused before any operation ran (no valid token, or no Cadence role). That happens
     * on the I/O thread, so the identity is taken as resolved there and the event is written on a
     * worker; the error response waits for it.
     */
    public Uni<Void> refused(RoutingContext request, SecurityIdentity refused) {
        String subject = refused == null || refused.isAnonymous() ? null
                : refused.getPrincipal() instanceof JsonWebToken token && token.getSubject() != null ? token.getSubject()
                : refused.getPrincipal().getName();
        AuditEvent event = event(request, subject, refused == null ? Set.of() : refused.getRoles(),
                attempted(request.request().method()), "api", null, null, AuditOutcome.DENIED);
        return Uni.createFrom().item(() -> {
            sink.write(event);
            return (Void) null;
        }).runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
    }

    /** What a refused request tried to do, as far as its method tells. */
    private static AuditAction attempted(HttpMethod method) {
        if (HttpMethod.GET.equals(method) || HttpMethod.HEAD.equals(method)) {
            return AuditAction.READ;
        }
        if (HttpMethod.PUT.equals(method) || HttpMethod.PATCH.equals(method)) {
            return AuditAction.UPDATE;
        }
        return HttpMethod.DELETE.equals(method) ? AuditAction.DELETE : AuditAction.CREATE;
    }

    private void insert(AuditEvent event) {
        Query insert = em.createNativeQuery(AuditEvent.insertSql(1));
        Object[] values = event.parameters();
        for (int i = 0; i < values.length; i++) {
            insert.setParameter(i + 1, values[i]);
        }
        insert.executeUpdate();
    }

    private static String truncate(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
