package app.cadence.security;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What one case sends: values for the path parameters of the operation's template (method and
 * template come from the OpenAPI document), query parameters, an optional body and an optional If-Match.
 */
record MatrixRequest(Map<String, String> pathParameters, Map<String, String> queryParameters, Object body,
        String ifMatch) {

    static MatrixRequest none() {
        return new MatrixRequest(Map.of(), Map.of(), null, null);
    }

    static MatrixRequest query(String name, String value) {
        return new MatrixRequest(Map.of(), Map.of(name, value), null, null);
    }

    static MatrixRequest path(String name, String value) {
        return none().and(name, value);
    }

    MatrixRequest and(String name, String value) {
        Map<String, String> parameters = new LinkedHashMap<>(pathParameters);
        parameters.put(name, value);
        return new MatrixRequest(parameters, queryParameters, body, ifMatch);
    }

    MatrixRequest body(Object newBody) {
        return new MatrixRequest(pathParameters, queryParameters, newBody, ifMatch);
    }

    MatrixRequest ifMatch(String etag) {
        return new MatrixRequest(pathParameters, queryParameters, body, etag);
    }

    /** The template with every {name} replaced; fails when the entry and the document disagree on the names. */
    String fill(String template) {
        String path = template;
        for (Map.Entry<String, String> parameter : pathParameters.entrySet()) {
            String placeholder = "{" + parameter.getKey() + "}";
            if (!path.contains(placeholder)) {
                throw new IllegalStateException(template + " has no path parameter " + placeholder);
            }
            path = path.replace(placeholder, parameter.getValue());
        }
        if (path.contains("{")) {
            throw new IllegalStateException("No value for a path parameter of " + template);
        }
        return path;
    }
}
