package app.cadence.audit;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import app.cadence.common.Ids;
import app.cadence.common.http.RequestIds;
import app.cadence.common.persistence.BaseEntity;
import app.cadence.common.persistence.DatabaseOutage;
import app.cadence.security.Caller;
import app.cadence.security.Roles;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;

/**
 * Writes audit events: a change's in the caller's transaction, so both commit or neither does;
 * anything else (reads, refusals, failures) through the {@link AuditSink}, which commits the events of
 * concurrent requests together. Either way the response leaves only after its event is committed.
 */
@ApplicationScoped
class AuditRecorder {

    private static final Logger LOG = Logger.getLogger(AuditRecorder.class);

    private static final String RECORDED = "cadence.audit.recorded";

    private final EntityManager em;
    private final CurrentVertxRequest currentRequest;
    private final SecurityIdentity identity;
    private final Caller caller;
    private final AuditSink sink;
    private final ObjectMapper json;

    AuditRecorder(EntityManager em, CurrentVertxRequest currentRequest, SecurityIdentity identity, Caller caller,
            AuditSink sink, ObjectMapper json) {
        this.em = em;
        this.currentRequest = currentRequest;
        this.identity = identity;
        this.caller = caller;
        this.sink = sink;
        this.json = json;
    }

    /** An event of the current request, about the given record, with an export's parameters (or null). */
    AuditEvent event(AuditAction action, String resourceType, String resourceId, UUID clientId, AuditOutcome outcome,
            Map<String, Object> detail) {
        boolean anonymous = identity.isAnonymous();
        return event(currentRequest.getCurrent(), anonymous ? null : caller.subject(),
                anonymous ? Set.of() : identity.getRoles(), action, resourceType, resourceId, clientId, outcome,
                detail == null ? null : toJson(detail));
    }

    private String toJson(Map<String, Object> detail) {
        try {
            return json.writeValueAsString(detail);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The export parameters could not be written as JSON", e);
        }
    }

    private static AuditEvent event(RoutingContext request, String subject, Set<String> roles, AuditAction action,
            String resourceType, String resourceId, UUID clientId, AuditOutcome outcome, String detail) {
        Set<String> cadenceRoles = new TreeSet<>(roles);
        cadenceRoles.retainAll(Roles.ALL);
        return new AuditEvent(Ids.newId(), BaseEntity.now(), truncate(subject, 255), cadenceRoles,
                action, resourceType, recordable(resourceId, 100), clientId, outcome,
                RequestIds.of(request),
                request.request().remoteAddress() == null ? null : request.request().remoteAddress().hostAddress(),
                truncate(request.request().method().name(), 10),
                recordable(request.normalizedPath(), 500), detail);
    }

    /** Writes in the current transaction, so the event commits (or not) with the work it records. */
    void record(AuditEvent event) {
        markRecorded(currentRequest.getCurrent());
        QuarkusTransaction.joiningExisting().run(() -> insert(event));
    }

    /**
     * Writes apart from the request's work, which changed nothing (a read) or was refused or rolled
     * back; returns once the event is committed, possibly together with other requests' events.
     */
    void recordAlone(AuditEvent event) {
        markRecorded(currentRequest.getCurrent());
        sink.write(event);
    }

    /** An event the database could not take, kept in the log: ids and codes only, like the trail. */
    void unrecorded(AuditEvent event) {
        LOG.warnf("Audit event not recorded (database unavailable): action=%s resourceType=%s resourceId=%s clientId=%s "
                + "actor=%s outcome=%s requestId=%s %s %s", event.action().code(), event.resourceType(), event.resourceId(),
                event.clientId(), event.actorSubject(), event.outcome().code(), event.requestId(), event.httpMethod(),
                event.path());
    }

    /**
     * A request that ended before its operation ran: refused by the role check (401, 403, on any
     * /api path) or by reading its body or parameters (400, 415, 422, on an audited operation).
     * That may happen on the I/O thread, so the caller is taken as resolved there and the event is
     * written on a worker, through the sink; the response waits for it.
     *
     * @param operation the matched operation, or null when it is not an audited one
     */
    Uni<Void> unreached(RoutingContext request, SecurityIdentity caller, AuditedOperation operation, int status) {
        String subject = caller == null || caller.isAnonymous() ? null
                : caller.getPrincipal() instanceof JsonWebToken token && token.getSubject() != null ? token.getSubject()
                : caller.getPrincipal().getName();
        Set<String> roles = caller == null ? Set.of() : caller.getRoles();
        AuditEvent event = operation == null
                ? event(request, subject, roles, attempted(request.request().method()), "api", null, null,
                        AuditOutcome.forStatus(status), null)
                : event(request, subject, roles, operation.action(), operation.resource(), operation.resourceId(null),
                        operation.pathClientId(), AuditOutcome.forStatus(status), null);
        markRecorded(request);
        return Uni.createFrom().item(() -> {
            sink.write(event);
            return (Void) null;
        }).runSubscriptionOn(Infrastructure.getDefaultWorkerPool())
                .onFailure(DatabaseOutage::isCause).invoke(() -> unrecorded(event));
    }

    /** Whether this request's event was written already (by the operation itself, or as refused). */
    static boolean recorded(RoutingContext request) {
        return Boolean.TRUE.equals(request.get(RECORDED));
    }

    private static void markRecorded(RoutingContext request) {
        request.put(RECORDED, Boolean.TRUE);
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

    /**
     * A path or id as the caller sent it, made storable: a refused request may name a record with any
     * characters (a NUL among them) and any length, and its event must be written all the same.
     */
    private static String recordable(String value, int max) {
        if (value == null) {
            return null;
        }
        StringBuilder clean = new StringBuilder(Math.min(value.length(), max));
        value.codePoints().limit(max).forEach(c -> clean.appendCodePoint(
                Character.isISOControl(c) || Character.isSurrogate((char) c) && c <= 0xFFFF ? 0xFFFD : c));
        return truncate(clean.toString(), max);
    }

    private static String truncate(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
