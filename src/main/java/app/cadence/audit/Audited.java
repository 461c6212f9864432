package app.cadence.audit;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.enterprise.util.Nonbinding;
import jakarta.interceptor.InterceptorBinding;

/**
 * Every operation of a resource class so marked writes an audit event: a success in the same
 * transaction as its work, a refusal or failure in a transaction of its own after the work rolled
 * back. The action follows from the HTTP method (GET of a page is a search) unless the method says
 * otherwise with {@link AuditAs}.
 */
@Inherited
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.TYPE, ElementType.METHOD })
public @interface Audited {

    /** The kind of record the operations act on, e.g. {@code session}. */
    @Nonbinding
    String resource() default "";
}
