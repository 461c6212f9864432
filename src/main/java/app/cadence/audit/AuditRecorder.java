package app.cadence.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import org.eclipse.microprofile.jwt.JsonWebToken;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import app.cadence.common.Ids;
import app.cadence.common.http.RequestIds;
import app.cadence.common.persistence.BaseEntity;
import app.cadence.security.Caller;
import app.cadence.security.Roles;
import io.agroal.api.AgroalDataSource;
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

    private static final String INSERT = """
            insert into audit_event (id, occurred_at, actor_subject, actor_roles, action, resource_type,
                resource_id, client_id, outcome, request_id, source_address, http_method, path, detail)
            values (:id, :at, :subject, string_to_array(:roles, ','), :action, :type,
                :resourceId, :clientId, :outcome, :requestId, :source, :method, :path, cast(:detail as jsonb))""";
    private static final String[] PARAMETERS = { "id", "at", "subject", "roles", "action", "type", "resourceId",
        "clientId", "outcome", "requestId", "source", "method", "path", "detail" };

    private final EntityManager em;
    private final CurrentVertxRequest currentRequest;
    private final SecurityIdentity identity;
    private final Caller caller;
    private final AgroalDataSource dataSource;
    private final ObjectMapper json;

    AuditRecorder(EntityManager em, CurrentVertxRequest currentRequest, SecurityIdentity identity, Caller caller,
            AgroalDataSource dataSource, ObjectMapper json) {
        this.em = em;
        this.currentRequest = currentRequest;
        this.identity = identity;
        this.caller = caller;
        this.dataSource = dataSource;
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
                action, resourceType, resourceId, clientId, outcome,
                RequestIds.of(request),
                request.request().remoteAddress() == null ? null : request.request().remoteAddress().hostAddress(),
                request.request().method().name(),
                truncate(request.normalizedPath(), 500), detail);
    }

    /** Writes in the current transaction, so the event commits (or not) with the work it records. */
    void record(AuditEvent event) {
        QuarkusTransaction.joiningExisting().run(() -> insert(event));
    }

    /** Writes in a transaction of its own: the request's work was refused or rolled back. */
    void recordAlone(AuditEvent event) {
        QuarkusTransaction.requiringNew().run(() -> insert(event));
    }

    /**
     * A request refused before any operation ran (no valid token, or no Cadence role). That happens
     * on the I/O thread, so the identity is taken as resolved there and the event is written on a
     * worker, with plain JDBC in autocommit; the error response waits for it.
     */
    public Uni<Void> refused(RoutingContext request, SecurityIdentity refused) {
        String subject = refused == null || refused.isAnonymous() ? null
                : refused.getPrincipal() instanceof JsonWebToken token && token.getSubject() != null ? token.getSubject()
                : refused.getPrincipal().getName();
        AuditEvent event = event(request, subject, refused == null ? Set.of() : refused.getRoles(),
                attempted(request.request().method()), "api", null, null, AuditOutcome.DENIED, null);
        return Uni.createFrom().item(() -> {
            insertDirectly(event);
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

    private void insertDirectly(AuditEvent event) {
        Object[] values = values(event);
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement(INSERT.replaceAll(":\\w+", "?"))) {
            for (int i = 0; i < values.length; i++) {
                insert.setObject(i + 1, values[i]);
            }
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("The audit event could not be written", e);
        }
    }

    private void insert(AuditEvent event) {
        Query insert = em.createNativeQuery(INSERT);
        Object[] values = values(event);
        for (int i = 0; i < values.length; i++) {
            insert.setParameter(PARAMETERS[i], values[i]);
        }
        insert.executeUpdate();
    }

    /** The INSERT's parameter values, in the order of {@link #PARAMETERS}. */
    private static Object[] values(AuditEvent event) {
        return new Object[] { event.id(), event.occurredAt(), event.actorSubject(), String.join(",", event.actorRoles()),
                event.action().code(), event.resourceType(), event.resourceId(), event.clientId(), event.outcome().code(),
                event.requestId(), event.sourceAddress(), event.httpMethod(), event.path(), event.detail() };
    }

    private static String truncate(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
