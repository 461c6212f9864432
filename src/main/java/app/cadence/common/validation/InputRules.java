package app.cadence.common.validation;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * What Cadence accepts in any string or date of a request, in one place (docs/http-conventions.md
 * documents it). Maximum lengths and item counts are declared on each field with {@code @Size} and
 * appear in the OpenAPI document.
 */
public final class InputRules {

    /** No one in care was born before this day. */
    public static final LocalDate EARLIEST_BIRTH_DATE = LocalDate.of(1900, 1, 1);
    /** Sessions, assessments, target and discharge dates lie within this many years of today, either way. */
    public static final int CARE_WINDOW_YEARS = 5;
    /** Date-time filters of lists (from, to) lie within these years. */
    public static final int EARLIEST_FILTER_YEAR = 1900;
    public static final int LATEST_FILTER_YEAR = 9999;

    private InputRules() {
    }

    /**
     * What is wrong with a string, if anything. Everywhere: control characters (tab, line feed and
     * carriage return are allowed in free text), lone UTF-16 surrogates and the noncharacters
     * U+FFFE/U+FFFF. Outside free text also line and paragraph separators and the bidirectional
     * embedding, override and isolate controls (U+202A–U+202E, U+2066–U+2069), which can make a
     * name or identifier display as something it is not.
     */
    public static Optional<String> problemWith(String value, boolean freeText) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return Optional.of("must not contain a lone UTF-16 surrogate (" + codePoint(c) + ")");
            } else if (c == '\t' || c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029') {
                if (!freeText) {
                    return Optional.of("must be one line: no tab or line break (" + codePoint(c) + ")");
                }
            } else if (Character.isISOControl(c)) {
                return Optional.of("must not contain the control character " + codePoint(c));
            } else if (c == '\uFFFE' || c == '\uFFFF') {
                return Optional.of("must not contain the noncharacter " + codePoint(c));
            } else if (!freeText && isBidiControl(c)) {
                return Optional.of("must not contain the bidirectional control " + codePoint(c));
            }
        }
        return Optional.empty();
    }

    /** What is wrong with a date, if anything. */
    public static Optional<String> problemWith(LocalDate date, boolean birthDate) {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        if (birthDate) {
            return date.isBefore(EARLIEST_BIRTH_DATE) ? Optional.of("must not be before " + EARLIEST_BIRTH_DATE)
                    : Optional.empty();
        }
        if (date.isBefore(today.minusYears(CARE_WINDOW_YEARS)) || date.isAfter(today.plusYears(CARE_WINDOW_YEARS))) {
            return Optional.of("must lie within " + CARE_WINDOW_YEARS + " years of today");
        }
        return Optional.empty();
    }

    /** What is wrong with a time, if anything: it lies within the care window around now. */
    public static Optional<String> problemWith(OffsetDateTime time) {
        return problemWith(time.atZoneSameInstant(ZoneOffset.UTC).toLocalDate(), false);
    }

    private static boolean isBidiControl(char c) {
        return (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
    }

    private static String codePoint(char c) {
        return String.format("U+%04X", (int) c);
    }
}
