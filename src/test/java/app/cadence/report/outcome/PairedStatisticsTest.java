package app.cadence.report.outcome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * The paired statistics against SciPy 1.17.1, computed independently on the same pairs:
 * {@code scipy.stats.wilcoxon(post, pre, zero_method='wilcox', correction=True, method=...)} and
 * {@code scipy.stats.t.interval(0.95, n - 1, loc=mean, scale=sem)}.
 */
class PairedStatisticsTest {

    @Test
    void shouldMatchSciPyOnTiesAndZerosWithTheNormalApproximation() {
        // 30 anxiety pairs, 7 unchanged, many tied changes: the normal approximation with tie correction.
        int[] pre = { 7, 6, 8, 5, 9, 7, 6, 8, 4, 7, 6, 5, 8, 7, 9, 6, 7, 5, 8, 6, 7, 8, 6, 5, 7, 9, 8, 6, 7, 5 };
        int[] post = { 3, 4, 5, 5, 4, 6, 6, 3, 4, 2, 5, 3, 4, 7, 5, 2, 4, 5, 6, 6, 3, 5, 4, 4, 7, 6, 2, 3, 5, 6 };
        PairedStatistics stats = PairedStatistics.of(histogram(pre, post), true);
        assertThat(stats.n()).isEqualTo(30);
        assertThat(stats.nonZero()).isEqualTo(23);
        assertThat(stats.meanChange()).isCloseTo(-2.2666666666666666, within(1e-12));
        assertThat(stats.medianChange()).isEqualTo(-2.0);
        assertThat(stats.ciLower()).isCloseTo(-2.980114250761617, within(1e-9));
        assertThat(stats.ciUpper()).isCloseTo(-1.553219082571716, within(1e-9));
        assertThat(stats.wilcoxonMethod()).isEqualTo(WilcoxonMethod.NORMAL_APPROXIMATION);
        assertThat(stats.wilcoxonP()).isCloseTo(3.728350531351205e-05, within(1e-15));
    }

    @Test
    void shouldMatchSciPysExactPValueWithoutTies() {
        // Changes 1.1 0.2 3 0.4 −0.5 4 0.6 0.8 0.9 −1 1.2 1.3: ranks of the two falls 3 and 7, W− = 10;
        // 43 of the 4096 sign patterns give a sum ≤ 10, p = 2·43/4096 = 0.02099609375.
        double[] pre = { 1.0, 2.5, 3.0, 2.0, 4.0, 1.5, 2.0, 3.5, 2.25, 1.0, 3.0, 2.0 };
        double[] post = { 2.1, 2.7, 6.0, 2.4, 3.5, 5.5, 2.6, 4.3, 3.15, 0.0, 4.2, 3.3 };
        List<Figures.PrePost> histogram = new ArrayList<>();
        for (int i = 0; i < pre.length; i++) {
            histogram.add(new Figures.PrePost(BigDecimal.valueOf(pre[i]), BigDecimal.valueOf(post[i]), 1));
        }
        PairedStatistics stats = PairedStatistics.of(histogram, false);
        assertThat(stats.wilcoxonMethod()).isEqualTo(WilcoxonMethod.EXACT);
        assertThat(stats.wilcoxonP()).isCloseTo(0.02099609375, within(1e-15));
        // Higher is better: (78 − 10 − 10) / 78.
        assertThat(stats.rankBiserial()).isCloseTo(58 / 78.0, within(1e-12));
        assertThat(stats.shareImproved()).isCloseTo(10 / 12.0, within(1e-12));
    }

    @Test
    void shouldStayExactAtThousandsOfPairs() {
        // i = 0..2999: pre 4 + i mod 6, post = clip(pre − (i mod 5 − 2) − [i mod 7 = 0], 0, 10).
        int[] pre = new int[3000];
        int[] post = new int[3000];
        for (int i = 0; i < 3000; i++) {
            pre[i] = 4 + i % 6;
            post[i] = Math.max(0, Math.min(10, pre[i] - (i % 5 - 2) - (i % 7 == 0 ? 1 : 0)));
        }
        PairedStatistics stats = PairedStatistics.of(histogram(pre, post), true);
        assertThat(stats.nonZero()).isEqualTo(2400);
        assertThat(stats.meanChange()).isCloseTo(-0.17133333333333334, within(1e-12));
        assertThat(stats.wilcoxonP()).isCloseTo(5.1716302742212345e-12, within(1e-20));
    }

    private static List<Figures.PrePost> histogram(int[] pre, int[] post) {
        Map<String, int[]> counts = new LinkedHashMap<>();
        for (int i = 0; i < pre.length; i++) {
            counts.computeIfAbsent(pre[i] + "/" + post[i], key -> new int[1])[0]++;
        }
        List<Figures.PrePost> histogram = new ArrayList<>();
        counts.forEach((key, count) -> {
            String[] values = key.split("/");
            histogram.add(new Figures.PrePost(new BigDecimal(values[0]), new BigDecimal(values[1]), count[0]));
        });
        return histogram;
    }
}
