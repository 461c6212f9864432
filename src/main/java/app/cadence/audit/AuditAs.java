package app.cadence.audit;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The audit action and record kind of an operation whose HTTP method does not say it (signing, accepting...). */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface AuditAs {

    AuditAction value();

    /** Overrides the resource class's record kind when the operation acts on another one. */
    String resource() default "";
}
