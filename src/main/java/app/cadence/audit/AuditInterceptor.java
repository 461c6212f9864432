package app.cadence.audit;

import java.util.UUID;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.core.Response;

import app.cadence.common.Identified;
import app.cadence.common.persistence.DatabaseOutage;
import app.cadence.common.problem.ProblemException;
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
        AuditedOperation operation = AuditedOperation.of(invocation.getMethod(), invocation.getParameters());
        if (invocation.getMethod().isAnnotationPresent(GET.class)) {
            return auditRead(invocation, operation);
        }
        try {
            return QuarkusTransaction.joiningExisting().call(() -> {
                Object result = invocation.proceed();
                Identified shown = identified(result);
                recorder.record(recorder.event(operation.action(), operation.resource(),
                        operation.resourceId(shown), clientId(operation, shown), AuditOutcome.SUCCESS, context.detail()));
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

    /**
     * A read changes nothing, so it runs without a transaction of ours and its event goes to the
     * sink, which commits the events of concurrent reads together; the response still waits for it.
     */
    private Object auditRead(InvocationContext invocation, AuditedOperation operation) throws Exception {
        Object result;
        try {
            result = invocation.proceed();
        } catch (Exception e) {
            recordFailure(operation, e);
            throw e;
        }
        Identified shown = identified(result);
        recorder.recordAlone(recorder.event(operation.action(), operation.resource(), operation.resourceId(shown),
                clientId(operation, shown), AuditOutcome.SUCCESS, context.detail()));
        return result;
    }

    /**
     * A request failed because the database is out of reach cannot put its event there either: the
     * log keeps it instead. It is answered 503; nothing it read was sent, and a change it made is in
     * the database only if its commit went through, and then together with its success event.
     */
    private void recordFailure(AuditedOperation operation, Exception e) {
        AuditEvent event = recorder.event(operation.action(), operation.resource(), operation.resourceId(null),
                clientId(operation, null), outcome(e), context.detail());
        if (DatabaseOutage.isCause(e)) {
            recorder.unrecorded(event);
        } else {
            recorder.recordAlone(event);
        }
    }

    private UUID clientId(AuditedOperation operation, Identified shown) {
        if (context.clientId() != null) {
            return context.clientId();
        }
        if (operation.pathClientId() != null) {
            return operation.pathClientId();
        }
        return shown == null ? null : shown.clientId();
    }

    private static Identified identified(Object result) {
        Object body = result instanceof Response response ? response.getEntity() : result;
        return body instanceof Identified identified ? identified : null;
    }

    /** A problem raised by the operation's own checks says its status; anything else failed. */
    static AuditOutcome outcome(Exception e) {
        return e instanceof ProblemException problem ? AuditOutcome.forStatus(problem.problemType().status())
                : AuditOutcome.ERROR;
    }
}
