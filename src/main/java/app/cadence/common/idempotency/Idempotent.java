package app.cadence.common.idempotency;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.interceptor.InterceptorBinding;

/**
 * Marks a POST operation whose response is replayed when the caller retries with the same
 * {@code Idempotency-Key}. The method must return a {@link jakarta.ws.rs.core.Response}.
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.METHOD, ElementType.TYPE })
public @interface Idempotent {
    String HEADER = "Idempotency-Key";
    String REPLAYED_HEADER = "Idempotency-Replayed";
}
