package app.cadence.common.json;

import java.util.Map;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonMappingException;

/**
 * A body of the right shape with values that are not valid (unknown codes, impossible dates or
 * ids), each named by its path as the client wrote it. It carries the body as read, with those
 * values left out, so that the rest of it can be validated and every problem reported at once.
 */
public class InvalidValuesException extends JsonMappingException {

    private final transient Map<String, String> violations;
    private final transient Object partialValue;

    InvalidValuesException(JsonParser parser, Map<String, String> violations, Object partialValue) {
        super(parser, "The request has invalid values");
        this.violations = Map.copyOf(violations);
        this.partialValue = partialValue;
    }

    /** Message by field path, e.g. {@code reasons[1]} → {@code must be one of: anxiety, pain, ...}. */
    public Map<String, String> violations() {
        return violations;
    }

    /** The body as read, the invalid values absent. */
    public Object partialValue() {
        return partialValue;
    }
}
