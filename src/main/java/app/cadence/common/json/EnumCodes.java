package app.cadence.common.json;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The values an enum has in JSON, in declaration order: the names its constants are written as. */
public final class EnumCodes {

    private EnumCodes() {
    }

    public static List<String> of(Class<?> enumType) {
        List<String> codes = new ArrayList<>();
        for (Object constant : enumType.getEnumConstants()) {
            String name = ((Enum<?>) constant).name();
            JsonProperty property;
            try {
                property = enumType.getField(name).getAnnotation(JsonProperty.class);
            } catch (NoSuchFieldException e) {
                property = null;
            }
            codes.add(property != null && !property.value().isEmpty() ? property.value() : name);
        }
        return codes;
    }
}
