package app.cadence.common.http;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.stream.Collectors;

import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;

import app.cadence.common.persistence.CodedEnum;
import app.cadence.common.problem.ProblemException;

/**
 * Query parameters such as {@code status=on-hold} use the same codes as JSON bodies. An unknown
 * code is a 422 naming the parameter, not the 404 JAX-RS would answer for a failed conversion.
 */
@Provider
public class CodedEnumParams implements ParamConverterProvider {

    @Override
    @SuppressWarnings({ "unchecked", "rawtypes" })
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        if (!rawType.isEnum() || !CodedEnum.class.isAssignableFrom(rawType)) {
            return null;
        }
        String name = Arrays.stream(annotations).filter(QueryParam.class::isInstance)
                .map(a -> ((QueryParam) a).value()).findFirst().orElse(rawType.getSimpleName());
        return (ParamConverter<T>) new Converter(rawType, name);
    }

    private record Converter<E extends Enum<E> & CodedEnum>(Class<E> type, String parameter) implements ParamConverter<E> {

        @Override
        public E fromString(String value) {
            if (value == null || value.isEmpty()) {
                return null;
            }
            for (E constant : type.getEnumConstants()) {
                if (constant.code().equals(value)) {
                    return constant;
                }
            }
            throw ProblemException.invalid(parameter, "must be one of " + Arrays.stream(type.getEnumConstants())
                    .map(CodedEnum::code).collect(Collectors.joining(", ")));
        }

        @Override
        public String toString(E value) {
            return value == null ? null : value.code();
        }
    }
}
