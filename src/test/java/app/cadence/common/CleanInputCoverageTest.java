package app.cadence.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;

import org.junit.jupiter.api.Test;

import app.cadence.common.validation.CleanInput;

/**
 * Strict input is one validator applied to request types, so a request type that forgets it would
 * let NUL characters and bidirectional overrides through. Every body and parameter class of every
 * resource method, and every request type nested in one, must carry {@link CleanInput} when it holds
 * strings or dates, and nested request types must be reached with {@code @Valid}.
 */
class CleanInputCoverageTest {

    private static final Path CLASSES = Path.of("target", "classes");

    @Test
    void shouldHoldEveryRequestTypeToTheInputRules() throws IOException {
        Set<String> problems = new TreeSet<>();
        Set<Class<?>> checked = new HashSet<>();
        int resources = 0;
        for (Class<?> resource : resourceClasses()) {
            resources++;
            for (Method method : resource.getDeclaredMethods()) {
                if (!isResourceMethod(method)) {
                    continue; // a helper of the resource, which the client never calls
                }
                for (Parameter parameter : method.getParameters()) {
                    if (isRequestInput(parameter)) {
                        check(parameter.getType(), resource.getSimpleName() + "." + method.getName(), checked, problems);
                    }
                }
            }
        }
        assertThat(resources).isGreaterThan(10);
        assertThat(checked).hasSizeGreaterThan(15);
        assertThat(problems).isEmpty();
    }

    private static boolean isResourceMethod(Method method) {
        return Stream.of(method.getAnnotations()).anyMatch(annotation ->
                annotation.annotationType().isAnnotationPresent(jakarta.ws.rs.HttpMethod.class)
                        || annotation.annotationType() == jakarta.ws.rs.Path.class);
    }

    private static boolean isRequestInput(Parameter parameter) {
        if (parameter.isAnnotationPresent(BeanParam.class)) {
            return true;
        }
        return !parameter.isAnnotationPresent(Context.class) && !parameter.isAnnotationPresent(PathParam.class)
                && !parameter.isAnnotationPresent(QueryParam.class) && !parameter.isAnnotationPresent(HeaderParam.class)
                && !parameter.isAnnotationPresent(CookieParam.class) && parameter.getType().getName().startsWith("app.cadence.");
    }

    private static void check(Class<?> type, String usedBy, Set<Class<?>> checked, Set<String> problems) {
        if (!type.getName().startsWith("app.cadence.") || type.isEnum() || !checked.add(type)) {
            return;
        }
        boolean holdsText = false;
        for (Member member : members(type)) {
            Class<?> raw = member.type();
            Class<?> element = member.elementType();
            if (isText(raw) || isText(element)) {
                holdsText = true;
            }
            Class<?> nested = element != null ? element : raw;
            if (nested.getName().startsWith("app.cadence.") && !nested.isEnum()) {
                if (!member.valid()) {
                    problems.add(type.getSimpleName() + "." + member.name() + " is not @Valid, so its " + nested.getSimpleName()
                            + " is never checked");
                }
                check(nested, usedBy, checked, problems);
            }
        }
        if (holdsText && !type.isAnnotationPresent(CleanInput.class)) {
            problems.add(type.getName() + " (used by " + usedBy + ") holds strings or dates but is not @CleanInput");
        }
    }

    private static boolean isText(Class<?> type) {
        return type == String.class || type == LocalDate.class || type == OffsetDateTime.class;
    }

    /** A record component or public field: its name, type, element type (for collections) and @Valid. */
    private record Member(String name, Class<?> type, Class<?> elementType, boolean valid) {
    }

    private static List<Member> members(Class<?> type) {
        List<Member> members = new ArrayList<>();
        if (type.isRecord()) {
            for (RecordComponent component : type.getRecordComponents()) {
                members.add(member(component.getName(), component.getType(), component.getAnnotatedType(),
                        component.isAnnotationPresent(Valid.class) || fieldIsValid(type, component.getName())));
            }
        } else {
            for (Field field : type.getFields()) {
                if (!Modifier.isStatic(field.getModifiers())) {
                    members.add(member(field.getName(), field.getType(), field.getAnnotatedType(),
                            field.isAnnotationPresent(Valid.class)));
                }
            }
        }
        return members;
    }

    private static Member member(String name, Class<?> type, AnnotatedType annotated, boolean valid) {
        Class<?> element = null;
        if (Collection.class.isAssignableFrom(type) && annotated instanceof AnnotatedParameterizedType parameterized) {
            AnnotatedType argument = parameterized.getAnnotatedActualTypeArguments()[0];
            element = (Class<?>) ((java.lang.reflect.ParameterizedType) parameterized.getType()).getActualTypeArguments()[0];
            valid |= argument.isAnnotationPresent(Valid.class);
        }
        return new Member(name, type, element, valid);
    }

    private static boolean fieldIsValid(Class<?> type, String name) {
        try {
            return type.getDeclaredField(name).isAnnotationPresent(Valid.class);
        } catch (NoSuchFieldException e) {
            return false;
        }
    }

    private static List<Class<?>> resourceClasses() throws IOException {
        try (Stream<Path> files = Files.walk(CLASSES)) {
            List<Class<?>> resources = new ArrayList<>();
            for (Path file : files.filter(f -> f.toString().endsWith(".class") && !f.toString().contains("$")).toList()) {
                String name = CLASSES.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                try {
                    Class<?> type = Class.forName(name, false, CleanInputCoverageTest.class.getClassLoader());
                    if (type.isAnnotationPresent(jakarta.ws.rs.Path.class)) {
                        resources.add(type);
                    }
                } catch (ClassNotFoundException | LinkageError e) {
                    // Not loadable outside Quarkus: not a resource of the API.
                }
            }
            return resources;
        }
    }
}
