package app.cadence.common.validation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A date of birth: from {@link InputRules#EARLIEST_BIRTH_DATE} to today. Every other date and time a
 * request holds (sessions, assessments, target and discharge dates) lies within
 * {@link InputRules#CARE_WINDOW_YEARS} years of today.
 */
@Documented
@Target({ ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.PARAMETER, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
public @interface BirthDate {
}
