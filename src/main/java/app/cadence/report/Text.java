package app.cadence.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import app.cadence.common.persistence.CodedEnum;

/** How printed reports write dates, numbers and codes for people. */
public final class Text {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);

    private Text() {
    }

    public static String day(LocalDate date) {
        return date == null ? "—" : DAY.format(date);
    }

    public static String month(LocalDate date) {
        return MONTH.format(date);
    }

    /** A moment in the given zone, with the zone named. */
    public static String moment(OffsetDateTime time, ZoneId zone) {
        return DAY_TIME.format(time.atZoneSameInstant(zone)) + " " + zone.getId();
    }

    public static String period(LocalDate from, LocalDate to) {
        return day(from) + " – " + day(to);
    }

    /** A code as words: "primary-therapist" → "Primary therapist". */
    public static String words(String code) {
        if (code == null || code.isEmpty()) {
            return "—";
        }
        String spaced = code.replace('-', ' ');
        return Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
    }

    public static String words(CodedEnum value) {
        return value == null ? "—" : words(value.code());
    }

    public static String number(BigDecimal value) {
        return value == null ? "—" : value.stripTrailingZeros().toPlainString();
    }

    public static String whole(long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }

    /** A number to the given decimals, with a real minus sign. */
    public static String decimal(Double value, int decimals) {
        if (value == null || value.isNaN()) {
            return "—";
        }
        String text = BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP).toPlainString();
        return text.startsWith("-") ? "−" + text.substring(1) : text;
    }

    /** A change with its sign: +1.5, −2.0. */
    public static String signed(Double value, int decimals) {
        String text = decimal(value, decimals);
        boolean positive = value != null && !value.isNaN()
                && BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP).signum() > 0;
        return positive ? "+" + text : text;
    }

    public static String percent(Double share) {
        return share == null || share.isNaN() ? "—" : Math.round(share * 100) + "%";
    }
}
