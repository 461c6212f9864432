package app.cadence.common.problem;

import java.util.List;

import com.fasterxml.jackson.databind.JsonMappingException.Reference;

/** Renders a Jackson reference chain as the field path the client wrote, e.g. {@code guardians[1].phone}. */
final class JsonPaths {

    private JsonPaths() {
    }

    static String of(List<Reference> path) {
        StringBuilder field = new StringBuilder();
        for (Reference reference : path) {
            if (reference.getFieldName() != null) {
                if (!field.isEmpty()) {
                    field.append('.');
                }
                field.append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                field.append('[').append(reference.getIndex()).append(']');
            }
        }
        return field.isEmpty() ? "body" : field.toString();
    }
}
