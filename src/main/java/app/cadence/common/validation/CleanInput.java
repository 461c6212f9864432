package app.cadence.common.validation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * Marks a request type (a body, a nested part of one, or the query parameters of a list) whose
 * strings and dates are held to {@link InputRules}: no control characters, no lone surrogates, no
 * bidirectional overrides outside free text, dates within sane bounds. Every request type carries
 * it; {@code CleanInputCoverageTest} fails when one does not.
 */
@Documented
@Constraint(validatedBy = CleanInputValidator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface CleanInput {

    String message() default "must be clean input";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
