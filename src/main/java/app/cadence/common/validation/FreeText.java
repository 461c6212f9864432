package app.cadence.common.validation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A string written as prose (precautions, notes, findings): it may span lines and hold tabs, and
 * right-to-left text may use bidirectional controls. Every other string is a name, code or
 * identifier: one line, no bidirectional overrides.
 */
@Documented
@Target({ ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.PARAMETER, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
public @interface FreeText {
}
