package app.cadence.referral;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * The rules of a referral that span fields: exactly one of {@code clientId} and {@code client},
 * and each reason once. Checked with the field constraints, so that an empty referral hears about
 * all of its problems at once.
 */
@Documented
@Constraint(validatedBy = ValidReferral.Validator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@interface ValidReferral {

    String message() default "is not a valid referral";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<ValidReferral, ReferralRequest> {

        @Override
        public boolean isValid(ReferralRequest request, ConstraintValidatorContext context) {
            if (request == null) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            boolean valid = true;
            if (request.clientId() == null && request.client() == null) {
                valid = violation(context, "clientId", "send clientId of an existing client, or client for a new one");
            } else if (request.clientId() != null && request.client() != null) {
                valid = violation(context, "client", "send either clientId or client, not both");
            }
            List<ReferralReason> reasons = request.reasons();
            if (reasons != null) {
                Set<ReferralReason> seen = EnumSet.noneOf(ReferralReason.class);
                for (int i = 0; i < reasons.size(); i++) {
                    if (reasons.get(i) != null && !seen.add(reasons.get(i))) {
                        valid = violation(context, "reasons[" + i + "]", "is listed twice");
                    }
                }
            }
            return valid;
        }

        private static boolean violation(ConstraintValidatorContext context, String field, String message) {
            context.buildConstraintViolationWithTemplate(message).addPropertyNode(field).addConstraintViolation();
            return false;
        }
    }
}
