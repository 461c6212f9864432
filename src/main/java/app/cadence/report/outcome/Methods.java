package app.cadence.report.outcome;

import java.util.LinkedHashMap;
import java.util.Map;

/** The methods behind the figures, named in every outcome report so a reader can check or repeat them. */
final class Methods {

    private Methods() {
    }

    static Map<String, String> describe(boolean deidentified, int k) {
        Map<String, String> methods = new LinkedHashMap<>();
        methods.put("counting", "Sessions of the period (start time, program time zone) that were completed, cancelled "
                + "or missed (no-show); scheduled sessions are not counted, nor anything of a client entered in error. "
                + "Clients served: distinct children with a completed session. Minutes: end minus start of completed "
                + "sessions. Referrals: received in the period, by their current status; days to first session: calendar "
                + "days (program time zone) from an accepted referral to the child's first completed session after it, "
                + "median over referrals that have one. Goals set: created in the period and no longer only proposed; "
                + "achieved/discontinued: closed in the period; criterion met: the target reached in the goal's number of "
                + "consecutive measured sessions, all within the period.");
        methods.put("pairs", "A pair is one completed session scored on the scale both before (pre) and after (post). "
                + "Change = post − pre. Improved, unchanged and worse follow the scale's direction (lowerIsBetter).");
        methods.put("meanChangeCi95", "Mean change ± t(0.975, n−1) · s / √n: Student's t interval with the sample "
                + "standard deviation s of the changes (Apache Commons Math 3.6.1 TDistribution); absent for n < 2.");
        methods.put("medianChange", "Median of the changes (Apache Commons Math 3.6.1 Median).");
        methods.put("wilcoxon", "Wilcoxon signed-rank test, two-sided, of the changes against 0. Zero changes are "
                + "dropped before ranking (Wilcoxon's method, as in R's wilcox.test and SciPy's zero_method='wilcox'); "
                + "tied absolute changes get their average rank (Commons Math NaturalRanking). p is exact, by enumerating "
                + "all sign patterns (Commons Math WilcoxonSignedRankTest), when there are at most "
                + PairedStatistics.EXACT_LIMIT + " non-zero changes and no ties; otherwise it comes from the normal "
                + "approximation of W+ with continuity correction and the tie-corrected variance "
                + "n(n+1)(2n+1)/24 − Σ(t³−t)/48 (Commons Math NormalDistribution), as R and SciPy compute it.");
        methods.put("rankBiserial", "Matched-pairs rank-biserial correlation (Kerby 2014): (sum of the ranks of the "
                + "improvements − sum of the ranks of the worsenings) / sum of all ranks, over the non-zero changes. "
                + "+1: every child improved; −1: every child got worse; 0: no tendency.");
        if (deidentified) {
            methods.put("suppression", "De-identified: no names, no ids, no dates finer than a month. Any cell counting "
                    + "at least 1 and fewer than " + k + " children is suppressed (shown as {\"suppressed\": true}, or "
                    + "\"suppressed\" in CSV); so that no suppressed cell can be recovered by subtracting the published "
                    + "ones from a published total, a second cell is suppressed wherever a total has exactly one "
                    + "suppressed part (across groups, referral statuses and the interventions of a category). Empty "
                    + "cells show 0. A suppressed scale hides all of its statistics.");
        }
        return methods;
    }
}
