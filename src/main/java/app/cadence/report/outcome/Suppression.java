package app.cadence.report.outcome;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Small-cell suppression of a de-identified report, so that no figure singles out a child.
 *
 * <p>Primary: a cell counting at least one but fewer than k children is suppressed (an empty cell
 * is shown as 0: it describes no child). Complementary: a published total minus the published
 * parts would give back a lone suppressed part, so wherever parts add up to a published total and
 * exactly one part is suppressed, the smallest other non-zero part is suppressed as well (the total
 * itself when there is none). The families of parts and totals are: every figure across the groups
 * and the total; accepted, declined and pending referrals within received; cancelled and no-show
 * sessions by reason within cancelled and no-show sessions; the interventions of a
 * category within the category. Minutes follow completed sessions. This repeats until nothing
 * changes, since each new suppression can leave another family with a lone suppressed part.
 */
final class Suppression {

    private static final List<String> REFERRAL_PARTS = List.of("referrals.accepted", "referrals.declined",
            "referrals.pending");

    private Suppression() {
    }

    /** A cell: which figures, which key. */
    private record Member(Figures figures, String key) {

        boolean suppressed() {
            return figures.isSuppressed(key);
        }

        Figures.Cell cell() {
            return figures.cell(key);
        }
    }

    static void apply(Figures total, List<Figures> groups, int k) {
        List<Figures> all = new ArrayList<>(groups);
        all.add(total);
        for (Figures figures : all) {
            figures.cells.forEach((key, cell) -> {
                if (cell.clients() > 0 && cell.clients() < k) {
                    figures.suppressed.add(key);
                }
            });
        }
        Set<String> keys = new TreeSet<>();
        all.forEach(figures -> keys.addAll(figures.cells.keySet()));
        keys.remove(Figures.REFERRAL_DAYS);
        boolean changed = true;
        while (changed) {
            changed = false;
            for (String key : keys) {
                List<Member> parts = groups.stream().filter(g -> g.cells.containsKey(key)).map(g -> new Member(g, key))
                        .toList();
                changed |= protect(parts, new Member(total, key));
            }
            for (Figures figures : all) {
                changed |= protect(REFERRAL_PARTS.stream().map(key -> new Member(figures, key)).toList(),
                        new Member(figures, "referrals.received"));
                changed |= protect(reasons(figures, Figures.CANCELLED_BY_REASON), new Member(figures, "sessions.cancelled"));
                changed |= protect(reasons(figures, Figures.NO_SHOW_BY_REASON), new Member(figures, "sessions.no-show"));
                for (String category : categories(figures)) {
                    String prefix = "interventions." + category + ".";
                    changed |= protect(figures.cells.keySet().stream().filter(key -> key.startsWith(prefix))
                            .map(key -> new Member(figures, key)).toList(), new Member(figures, "interventions." + category));
                }
                changed |= follow(figures, Figures.MINUTES, Figures.COMPLETED) | follow(figures, Figures.COMPLETED,
                        Figures.MINUTES);
            }
        }
    }

    /** Suppresses a second part (or the total) when exactly one part of a published total is suppressed. */
    private static boolean protect(List<Member> parts, Member total) {
        if (total.suppressed() || parts.stream().filter(Member::suppressed).count() != 1) {
            return false;
        }
        Member next = parts.stream().filter(p -> !p.suppressed() && p.cell().value() > 0)
                .min(Comparator.comparingLong((Member p) -> p.cell().clients())
                        .thenComparingLong(p -> p.cell().value()).thenComparing(Member::key))
                .orElse(total);
        next.figures().suppressed.add(next.key());
        return true;
    }

    private static List<Member> reasons(Figures figures, String prefix) {
        return figures.cells.keySet().stream().filter(key -> key.startsWith(prefix)).map(key -> new Member(figures, key))
                .toList();
    }

    private static boolean follow(Figures figures, String key, String leader) {
        return figures.isSuppressed(leader) && figures.cells.containsKey(key) && figures.suppressed.add(key);
    }

    private static Set<String> categories(Figures figures) {
        Set<String> categories = new TreeSet<>();
        for (String key : figures.cells.keySet()) {
            String[] parts = key.split("\\.");
            if (parts.length == 2 && parts[0].equals("interventions")) {
                categories.add(parts[1]);
            }
        }
        return categories;
    }
}
