package app.cadence.audit;

import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.Map;
import java.util.UUID;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.PathParam;

import app.cadence.common.Identified;
import app.cadence.common.paging.Page;

/**
 * What a resource method does to client data, read from the method itself: the audit action, the
 * record kind and the ids in its path. The interceptor builds it from an invocation; the filter of
 * {@link UnreachedOperationAudit} from the matched method and the path of a request refused before
 * the method ran.
 */
record AuditedOperation(AuditAction action, String resource, String pathId, UUID pathClientId) {

    private static final String CLIENT_ID = "clientId";

    /** The operation of a method of an {@link Audited} class, with its path parameters as sent. */
    static AuditedOperation of(Method method, Map<String, String> pathParameters) {
        String pathId = null;
        UUID clientId = null;
        for (Parameter parameter : method.getParameters()) {
            PathParam param = parameter.getAnnotation(PathParam.class);
            String value = param == null ? null : pathParameters.get(param.value());
            if (value != null) {
                pathId = value;
                if (param.value().equals(CLIENT_ID)) {
                    clientId = uuidOrNull(value);
                }
            }
        }
        return new AuditedOperation(actionOf(method), resourceOf(method), pathId, clientId);
    }

    /** The operation of an invocation about to run, with its converted path parameters. */
    static AuditedOperation of(Method method, Object[] arguments) {
        String pathId = null;
        UUID clientId = null;
        Parameter[] parameters = method.getParameters();
        for (int i = 0; i < parameters.length; i++) {
            PathParam param = parameters[i].getAnnotation(PathParam.class);
            Object value = arguments[i];
            if (param != null && value != null) {
                pathId = value.toString();
                if (param.value().equals(CLIENT_ID) && value instanceof UUID uuid) {
                    clientId = uuid;
                }
            }
        }
        return new AuditedOperation(actionOf(method), resourceOf(method), pathId, clientId);
    }

    private static String resourceOf(Method method) {
        AuditAs declared = method.getAnnotation(AuditAs.class);
        Audited audited = method.getDeclaringClass().getAnnotation(Audited.class);
        return declared != null && !declared.resource().isEmpty() ? declared.resource()
                : audited == null ? method.getDeclaringClass().getSimpleName() : audited.resource();
    }

    private static AuditAction actionOf(Method method) {
        AuditAs declared = method.getAnnotation(AuditAs.class);
        if (declared != null) {
            return declared.value();
        }
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

    private static UUID uuidOrNull(String value) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
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
