package app.cadence.audit;

import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.UUID;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;

import app.cadence.common.Identified;
import app.cadence.common.paging.Page;
import app.cadence.common.problem.ProblemException;
import app.cadence.common.problem.ProblemType;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.narayana.jta.QuarkusTransactionException;

/**
 * Records the audit event of each {@link Audited} operation. It runs outermost and opens the
 * transaction the operation's services join, so a change and its event commit together and the
 * response leaves only after both did. When the work fails, its transaction rolls back and the
 * refusal or failure is recorded apart from it before the error response is sent. A read (GET)
 * changes nothing, so it runs without a transaction of ours and its event is recorded apart too,
 * before the response leaves; such events of concurrent requests share one commit ({@link AuditSink}).
 */
@Audited
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
class AuditInterceptor {

    @Inject
    AuditRecorder recorder;

    @Inject
    AuditContext context;

    @AroundInvoke
    Object audit(InvocationContext invocation) throws Exception {
        Operation operation = Operation.of(invocation);
        if (operation.read) {
            return auditRead(invocation, operation);
        }
        try {
            return QuarkusTransaction.joiningExisting().call(() -> {
                Object result = invocation.proceed();
                Identified shown = identified(result);
                recorder.record(recorder.event(operation.action, operation.resource,
                        operation.resourceId(shown), clientId(operation, shown), AuditOutcome.SUCCESS));
                return result;
            });
        } catch (QuarkusTransactionException wrapped) {
            Exception cause = wrapped.getCause() instanceof Exception e ? e : wrapped;
            recordFailure(operation, cause);
            throw cause;
        } catch (Exception e) {
            recordFailure(operation, e);
            throw e;
        }
    }

    private Object auditRead(InvocationContext invocation, Operation operation) throws Exception {
        Object result;
        try {
            result = invocation.proceed();
        } catch (Exception e) {
            recordFailure(operation, e);
            throw e;
        }
        Identified shown = identified(result);
        recorder.recordAlone(recorder.event(operation.action, operation.resource, operation.resourceId(shown),
                clientId(operation, shown), AuditOutcome.SUCCESS));
        return result;
    }

    private void recordFailure(Operation operation, Exception e) {
        recorder.recordAlone(recorder.event(operation.action, operation.resource, operation.resourceId(null),
                clientId(operation, null), outcome(e)));
    }

    private UUID clientId(Operation operation, Identified shown) {
        if (context.clientId() != null) {
            return context.clientId();
        }
        if (operation.pathClientId != null) {
            return operation.pathClientId;
        }
        return shown == null ? null : shown.clientId();
    }

    private static Identified identified(Object result) {
        Object body = result instanceof Response response ? response.getEntity() : result;
        return body instanceof Identified identified ? identified : null;
    }

    static AuditOutcome outcome(Exception e) {
        if (e instanceof ProblemException problem) {
            if (problem.problemType() == ProblemType.FORBIDDEN) {
                return AuditOutcome.DENIED;
            }
            if (problem.problemType() == ProblemType.NOT_FOUND) {
                return AuditOutcome.NOT_FOUND;
            }
        }
        return AuditOutcome.ERROR;
    }

    /** What an invocation does, read from its method: action, record kind and the ids in its path. */
    private record Operation(AuditAction action, String resource, String pathId, UUID pathClientId, boolean read) {

        static Operation of(InvocationContext invocation) {
            Method method = invocation.getMethod();
            AuditAs declared = method.getAnnotation(AuditAs.class);
            Audited audited = method.getDeclaringClass().getAnnotation(Audited.class);
            String resource = declared != null && !declared.resource().isEmpty() ? declared.resource()
                    : audited == null ? method.getDeclaringClass().getSimpleName() : audited.resource();
            AuditAction action = declared != null ? declared.value() : actionOf(method);

            String pathId = null;
            UUID clientId = null;
            Parameter[] parameters = method.getParameters();
            for (int i = 0; i < parameters.length; i++) {
                PathParam param = parameters[i].getAnnotation(PathParam.class);
                Object value = invocation.getParameters()[i];
                if (param != null && value != null) {
                    pathId = value.toString();
                    if (param.value().equals("clientId") && value instanceof UUID uuid) {
                        clientId = uuid;
                    }
                }
            }
            return new Operation(action, resource, pathId, clientId, method.isAnnotationPresent(GET.class));
        }

        private static AuditAction actionOf(Method method) {
            if (method.isAnnotationPresent(GET.class)) {
                return Page.class.isAssignableFrom(method.getReturnType()) ? AuditAction.SEARCH : AuditAction.READ;
            }
            if (method.isAnnotationPresent(PUT.class)) {
                return AuditAction.UPDATE;
            }
            if (method.isAnnotationPresent(DELETE.class)) {
                return AuditAction.DELETE;
            }
            return AuditAction.CREATE;
        }

        /**
         * A search names no single record; a create names the record it made (none when it failed);
         * anything else the record its path names (a note is named by its session).
         */
        String resourceId(Identified shown) {
            String shownId = shown == null || shown.id() == null ? null : shown.id().toString();
            return switch (action) {
                case SEARCH -> null;
                case CREATE, ADDENDUM -> shownId;
                default -> pathId != null ? pathId : shownId;
            };
        }
    }
}
