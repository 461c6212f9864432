package app.cadence.common.validation;

import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.ws.rs.QueryParam;

/**
 * Holds every string and date of a {@link CleanInput} type to {@link InputRules}, one violation per
 * offending value, at the field path the client sent (list items as {@code genres[1]}). Nested
 * request types are checked through their own annotation, reached by {@code @Valid}.
 */
public class CleanInputValidator implements ConstraintValidator<CleanInput, Object> {

    @Override
    public boolean isValid(Object value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        boolean valid = true;
        for (Property property : properties(value)) {
            valid &= check(property, context);
        }
        return valid;
    }

    private static boolean check(Property property, ConstraintValidatorContext context) {
        boolean freeText = property.element().isAnnotationPresent(FreeText.class);
        boolean birthDate = property.element().isAnnotationPresent(BirthDate.class);
        Object value = property.value();
        if (value instanceof Collection<?> items) {
            boolean valid = true;
            int index = 0;
            for (Object item : items) {
                valid &= report(problemWith(item, freeText, birthDate), property.name() + "[" + index++ + "]", context);
            }
            return valid;
        }
        return report(problemWith(value, freeText, birthDate), property.name(), context);
    }

    private static Optional<String> problemWith(Object value, boolean freeText, boolean birthDate) {
        if (value instanceof String text) {
            return InputRules.problemWith(text, freeText);
        }
        if (value instanceof LocalDate date) {
            return InputRules.problemWith(date, birthDate);
        }
        if (value instanceof OffsetDateTime time) {
            return InputRules.problemWith(time);
        }
        return Optional.empty();
    }

    private static boolean report(Optional<String> problem, String field, ConstraintValidatorContext context) {
        if (problem.isEmpty()) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        // The message is built from code points and constants only, never from the value itself.
        context.buildConstraintViolationWithTemplate(problem.get().replace("{", "\\{").replace("$", "\\$"))
                .addPropertyNode(field).addConstraintViolation();
        return false;
    }

    /** A component of a record or a public field of a parameter class (named as its query parameter), with its value. */
    private record Property(String name, AnnotatedElement element, Object value) {
    }

    private static List<Property> properties(Object bean) {
        Class<?> type = bean.getClass();
        try {
            if (type.isRecord()) {
                RecordComponent[] components = type.getRecordComponents();
                Property[] properties = new Property[components.length];
                for (int i = 0; i < components.length; i++) {
                    properties[i] = new Property(components[i].getName(), components[i],
                            components[i].getAccessor().invoke(bean));
                }
                return List.of(properties);
            }
            List<Property> properties = new ArrayList<>();
            for (Field field : type.getFields()) {
                if (!Modifier.isStatic(field.getModifiers())) {
                    QueryParam query = field.getAnnotation(QueryParam.class);
                    properties.add(new Property(query != null ? query.value() : field.getName(), field, field.get(bean)));
                }
            }
            return properties;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Request type " + type.getSimpleName() + " cannot be read", e);
        }
    }
}
