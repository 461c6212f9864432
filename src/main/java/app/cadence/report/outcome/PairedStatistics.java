package app.cadence.report.outcome;

import java.util.Arrays;
import java.util.List;

import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.descriptive.moment.Mean;
import org.apache.commons.math3.stat.descriptive.moment.StandardDeviation;
import org.apache.commons.math3.stat.descriptive.rank.Median;
import org.apache.commons.math3.stat.inference.WilcoxonSignedRankTest;
import org.apache.commons.math3.stat.ranking.NaNStrategy;
import org.apache.commons.math3.stat.ranking.NaturalRanking;
import org.apache.commons.math3.stat.ranking.TiesStrategy;

/**
 * Paired pre/post statistics of one scale, computed with Apache Commons Math 3.6.1 from the
 * histogram of (pre, post) pairs the database aggregated. Changes are post − pre; "improved" means
 * a change in the scale's better direction. The methods are named in {@link Methods}.
 */
record PairedStatistics(long n, double meanPre, double meanPost, double meanChange, Double ciLower, Double ciUpper,
        double medianChange, double shareImproved, double shareUnchanged, double shareWorse, int nonZero,
        Double wilcoxonP, WilcoxonMethod wilcoxonMethod, Double rankBiserial) {

    /** Largest number of non-zero changes whose exact p-value is computed (2^n sign patterns are enumerated). */
    static final int EXACT_LIMIT = 20;

    static PairedStatistics of(List<Figures.PrePost> histogram, boolean lowerIsBetter) {
        int n = Math.toIntExact(histogram.stream().mapToLong(Figures.PrePost::count).sum());
        double[] pre = new double[n];
        double[] post = new double[n];
        double[] change = new double[n];
        int i = 0;
        for (Figures.PrePost pair : histogram) {
            // The change is taken exactly (scores have two decimals), so equal changes tie when ranked.
            double difference = pair.post().subtract(pair.pre()).doubleValue();
            for (long c = 0; c < pair.count(); c++, i++) {
                pre[i] = pair.pre().doubleValue();
                post[i] = pair.post().doubleValue();
                change[i] = difference;
            }
        }
        double meanChange = new Mean().evaluate(change);
        Double lower = null;
        Double upper = null;
        if (n >= 2) {
            double half = new TDistribution(null, n - 1).inverseCumulativeProbability(0.975)
                    * new StandardDeviation().evaluate(change) / Math.sqrt(n);
            lower = meanChange - half;
            upper = meanChange + half;
        }
        long better = Arrays.stream(change).filter(d -> lowerIsBetter ? d < 0 : d > 0).count();
        long same = Arrays.stream(change).filter(d -> d == 0).count();
        double[] nonZero = Arrays.stream(change).filter(d -> d != 0).toArray();
        Wilcoxon test = Wilcoxon.of(nonZero);
        Double rankBiserial = null;
        if (nonZero.length > 0) {
            double improvements = lowerIsBetter ? test.wMinus : test.wPlus;
            double worsenings = lowerIsBetter ? test.wPlus : test.wMinus;
            rankBiserial = (improvements - worsenings) / (test.wPlus + test.wMinus);
        }
        return new PairedStatistics(n, new Mean().evaluate(pre), new Mean().evaluate(post), meanChange, lower, upper,
                new Median().evaluate(change), (double) better / n, (double) same / n, (double) (n - better - same) / n,
                nonZero.length, test.p, test.method, rankBiserial);
    }

    /** The signed-rank sums of the non-zero changes and the two-sided p-value. */
    private record Wilcoxon(double wPlus, double wMinus, Double p, WilcoxonMethod method) {

        static Wilcoxon of(double[] changes) {
            int n = changes.length;
            if (n == 0) {
                return new Wilcoxon(0, 0, null, null);
            }
            double[] magnitudes = Arrays.stream(changes).map(Math::abs).toArray();
            double[] ranks = new NaturalRanking(NaNStrategy.FAILED, TiesStrategy.AVERAGE).rank(magnitudes);
            double wPlus = 0;
            double wMinus = 0;
            for (int i = 0; i < n; i++) {
                if (changes[i] > 0) {
                    wPlus += ranks[i];
                } else {
                    wMinus += ranks[i];
                }
            }
            double tieTerm = tieTerm(magnitudes);
            if (n <= EXACT_LIMIT && tieTerm == 0) {
                double p = new WilcoxonSignedRankTest().wilcoxonSignedRankTest(new double[n], changes, true);
                return new Wilcoxon(wPlus, wMinus, Math.min(1, p), WilcoxonMethod.EXACT);
            }
            double count = n;
            double mean = count * (count + 1) / 4;
            double sd = Math.sqrt(count * (count + 1) * (2 * count + 1) / 24 - tieTerm / 48);
            double z = (wPlus - mean - 0.5 * Math.signum(wPlus - mean)) / sd;
            double p = 2 * new NormalDistribution(null, 0, 1).cumulativeProbability(-Math.abs(z));
            return new Wilcoxon(wPlus, wMinus, Math.min(1, p), WilcoxonMethod.NORMAL_APPROXIMATION);
        }

        /** Σ (t³ − t) over the groups of t tied magnitudes; 0 without ties. */
        private static double tieTerm(double[] magnitudes) {
            double[] sorted = magnitudes.clone();
            Arrays.sort(sorted);
            double term = 0;
            for (int start = 0; start < sorted.length;) {
                int end = start;
                while (end < sorted.length && sorted[end] == sorted[start]) {
                    end++;
                }
                double t = end - start;
                term += t * t * t - t;
                start = end;
            }
            return term;
        }
    }
}
