package app.cadence.common.json;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;

/**
 * The invalid values met while one body is read. The outermost object of a body opens the
 * collection; every invalid code, id or date inside it is noted at its path and read as absent;
 * once the object is complete, any noted problem ends the read with an {@link InvalidValuesException}.
 * Nothing read with problems is ever handed on as valid.
 */
final class ValueProblems {

    private final Map<String, String> byField = new LinkedHashMap<>();

    private static ValueProblems of(DeserializationContext ctxt) {
        return (ValueProblems) ctxt.getAttribute(ValueProblems.class);
    }

    /** Notes an invalid value of a type with a format, and reads it as absent. */
    static final class Handler extends DeserializationProblemHandler {

        @Override
        public Object handleWeirdStringValue(DeserializationContext ctxt, Class<?> targetType, String valueToConvert,
                String failureMsg) {
            ValueProblems problems = of(ctxt);
            if (problems == null || !ValueFormats.hasFormat(targetType)) {
                return NOT_HANDLED;
            }
            problems.byField.putIfAbsent(path(ctxt.getParser().getParsingContext()), ValueFormats.describe(targetType));
            return null;
        }
    }

    /** Wraps the deserializer of every object; the outermost one of a body collects. */
    static final class Collecting extends DelegatingDeserializer {

        Collecting(JsonDeserializer<?> delegate) {
            super(delegate);
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> newDelegatee) {
            return new Collecting(newDelegatee);
        }

        @Override
        public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (of(ctxt) != null) {
                return super.deserialize(p, ctxt);
            }
            ValueProblems problems = new ValueProblems();
            ctxt.setAttribute(ValueProblems.class, problems);
            Object value;
            try {
                value = super.deserialize(p, ctxt);
            } finally {
                ctxt.setAttribute(ValueProblems.class, null);
            }
            if (!problems.byField.isEmpty()) {
                throw new InvalidValuesException(p, problems.byField, value);
            }
            return value;
        }
    }

    /** The path of the value being read, as the client wrote it: {@code client.identifiers[0].system}. */
    static String path(JsonStreamContext context) {
        Deque<String> segments = new ArrayDeque<>();
        for (JsonStreamContext at = context; at != null && !at.inRoot(); at = at.getParent()) {
            if (at.inArray()) {
                segments.addFirst("[" + Math.max(at.getCurrentIndex(), 0) + "]");
            } else if (at.getCurrentName() != null) {
                segments.addFirst("." + at.getCurrentName());
            }
        }
        String path = String.join("", segments);
        return path.isEmpty() ? "body" : path.startsWith(".") ? path.substring(1) : path;
    }
}
