package app.cadence.report.outcome;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The counted figures of one group (or of the total) before they are presented: each cell is a
 * count with the number of distinct children behind it, which is what suppression looks at. Keys
 * name the figure: {@code sessions.completed}, {@code minutes}, {@code kinds.family},
 * {@code sessions.group-sessions}, {@code cancelled-by-reason.asleep}, {@code no-show-by-reason.other},
 * {@code interventions.singing}, {@code interventions.singing.song-choice}, {@code scales.pain-nrs}
 * (pairs), {@code goals.set}, {@code referrals.received}, {@code referral-days}.
 */
final class Figures {

    static final String COMPLETED = "sessions.completed";
    static final String MINUTES = "minutes";
    static final String REFERRAL_DAYS = "referral-days";
    static final String GROUP_SESSIONS = "sessions.group-sessions";
    /** Reasons of cancelled sessions: {@code cancelled-by-reason.asleep}, … and of no-shows: {@code no-show-by-reason.…}. */
    static final String CANCELLED_BY_REASON = "cancelled-by-reason.";
    static final String NO_SHOW_BY_REASON = "no-show-by-reason.";

    /** A count and the number of distinct children it counts. */
    record Cell(long value, long clients) {
    }

    /** How many pairs of a scale had this pre and this post score. */
    record PrePost(BigDecimal pre, BigDecimal post, long count) {
    }

    final Map<String, Cell> cells = new LinkedHashMap<>();
    final Map<String, List<PrePost>> pairs = new TreeMap<>();
    final Set<String> suppressed = new HashSet<>();
    Double medianDays;

    Cell cell(String key) {
        return cells.getOrDefault(key, new Cell(0, 0));
    }

    boolean isSuppressed(String key) {
        return suppressed.contains(key);
    }

    /** One row of the outcome statement (section, key, subkey, n, clients, x1, x2) added to these figures. */
    void add(String section, String key, String subkey, long n, long clients, BigDecimal x1, BigDecimal x2) {
        switch (section) {
            case "sessions" -> {
                cells.put("sessions." + key, new Cell(n, clients));
                if ("completed".equals(key)) {
                    cells.put(MINUTES, new Cell(x1 == null ? 0 : Math.round(x1.doubleValue()), clients));
                }
            }
            case "kinds" -> cells.put("kinds." + key, new Cell(n, clients));
            case "reasons" -> cells.put(("cancelled".equals(key) ? CANCELLED_BY_REASON : NO_SHOW_BY_REASON) + subkey,
                    new Cell(n, clients));
            case "group-sessions" -> cells.put(GROUP_SESSIONS, new Cell(n, clients));
            case "interventions" -> cells.put("interventions." + key + (subkey == null ? "" : "." + subkey),
                    new Cell(n, clients));
            case "scale-pairs" -> pairs.computeIfAbsent(key, scale -> new ArrayList<>()).add(new PrePost(x1, x2, n));
            case "scale-clients" -> cells.put("scales." + key, new Cell(n, clients));
            case "goals" -> cells.put("goals." + key, new Cell(n, clients));
            case "referrals" -> cells.put("referrals." + key, new Cell(n, clients));
            case "referral-days" -> {
                cells.put(REFERRAL_DAYS, new Cell(n, clients));
                medianDays = x1 == null ? null : x1.doubleValue();
            }
            default -> throw new IllegalStateException("Unknown outcome section " + section);
        }
    }
}
