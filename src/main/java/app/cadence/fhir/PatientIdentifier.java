package app.cadence.fhir;

import java.util.Optional;

import app.cadence.common.problem.ProblemException;

/** The {@code identifier} search parameter, a FHIR token: {@code system|value}, or a value under any system. */
record PatientIdentifier(Optional<String> system, String value) {

    /** A system (at most 200 characters), the bar and a value (at most 100), as clients store them. */
    static final int MAX_LENGTH = 301;

    static PatientIdentifier parse(String token) {
        if (token == null || token.isBlank()) {
            throw ProblemException.malformed("Search patients by identifier: identifier=system|value");
        }
        if (token.length() > MAX_LENGTH) {
            throw ProblemException.malformed("The identifier is longer than " + MAX_LENGTH + " characters");
        }
        int bar = token.indexOf('|');
        if (bar < 0) {
            return new PatientIdentifier(Optional.empty(), token);
        }
        String system = token.substring(0, bar);
        String value = token.substring(bar + 1);
        if (system.isEmpty() || value.isEmpty()) {
            throw ProblemException.malformed("The identifier needs a system and a value: identifier=system|value");
        }
        return new PatientIdentifier(Optional.of(system), value);
    }
}
