package app.cadence.common.json;

import java.io.IOException;
import java.util.List;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;

/**
 * A code is one of the enum's JSON values exactly. Jackson would otherwise accept {@code "urgent "}
 * by trimming it, and hospital systems would come to rely on that.
 */
final class ExactEnumDeserializer extends DelegatingDeserializer {

    private final List<String> codes;

    ExactEnumDeserializer(JsonDeserializer<?> delegate, List<String> codes) {
        super(delegate);
        this.codes = codes;
    }

    @Override
    protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> newDelegatee) {
        return new ExactEnumDeserializer(newDelegatee, codes);
    }

    @Override
    public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        if (p.hasToken(JsonToken.VALUE_STRING) && !codes.contains(p.getText())) {
            return ctxt.handleWeirdStringValue(handledType(), p.getText(), "is not one of %s", codes);
        }
        return super.deserialize(p, ctxt);
    }
}
