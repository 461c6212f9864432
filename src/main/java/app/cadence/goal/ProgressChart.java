package app.cadence.goal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;

/**
 * A goal's progress as a small, self-contained SVG line chart for printouts and dashboards. It
 * carries numbers, dates and codes only: no names and no free-text comments, which may hold PHI.
 * Screen readers get a title and a description that state what the chart shows.
 */
final class ProgressChart {

    static final String MEDIA_TYPE = "image/svg+xml";

    private static final int WIDTH = 640;
    private static final int HEIGHT = 360;
    private static final int LEFT = 72;
    private static final int RIGHT = 24;
    private static final int TOP = 40;
    private static final int BOTTOM = 64;
    private static final int Y_TICKS = 4;
    private static final int MAX_DATE_LABELS = 8;

    private final GoalProgress progress;
    private final double low;
    private final double high;
    private final StringBuilder svg = new StringBuilder();

    private ProgressChart(GoalProgress progress) {
        this.progress = progress;
        double[] range = range(progress);
        this.low = range[0];
        this.high = range[1];
    }

    static String render(GoalProgress progress) {
        return new ProgressChart(progress).draw();
    }

    private String draw() {
        List<ProgressPoint> points = progress.measurements();
        String measure = progress.measure().type().code();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(WIDTH).append("\" height=\"")
                .append(HEIGHT).append("\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(HEIGHT)
                .append("\" role=\"img\" aria-labelledby=\"chart-title chart-desc\" font-family=\"sans-serif\" font-size=\"12\">\n");
        svg.append("<title id=\"chart-title\">Goal progress (").append(progress.domain().code()).append(" domain, ")
                .append(measure).append(")</title>\n");
        svg.append("<desc id=\"chart-desc\">").append(description(points)).append("</desc>\n");
        svg.append("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n");
        axes(measure);
        reference("Target", progress.target(), "#1b5e20", "6 4");
        if (progress.baseline() != null) {
            reference("Baseline", progress.baseline(), "#5d4037", "2 3");
        }
        series(points);
        return svg.append("</svg>\n").toString();
    }

    private String description(List<ProgressPoint> points) {
        StringBuilder text = new StringBuilder();
        if (points.isEmpty()) {
            text.append("No measurements yet. ");
        } else {
            text.append(points.size()).append(points.size() == 1 ? " measurement" : " measurements").append(" from ")
                    .append(points.get(0).startsAt().toLocalDate()).append(" to ")
                    .append(points.get(points.size() - 1).startsAt().toLocalDate()).append(", latest value ")
                    .append(plain(points.get(points.size() - 1).value())).append(". ");
        }
        if (progress.baseline() != null) {
            text.append("Baseline ").append(plain(progress.baseline())).append(". ");
        }
        int sessions = progress.criterion().consecutiveSessions();
        return text.append("Target ").append(plain(progress.target())).append(", to be reached in ").append(sessions)
                .append(sessions == 1 ? " session" : " consecutive sessions").append(": ")
                .append(progress.criterionMet() ? "met." : "not met yet.").toString();
    }

    private void axes(String measure) {
        int bottom = HEIGHT - BOTTOM;
        svg.append("<g stroke=\"#424242\" stroke-width=\"1\">")
                .append(line(LEFT, TOP, LEFT, bottom)).append(line(LEFT, bottom, WIDTH - RIGHT, bottom)).append("</g>\n");
        svg.append("<g fill=\"#212121\" text-anchor=\"end\">");
        for (int i = 0; i <= Y_TICKS; i++) {
            double value = low + (high - low) * i / Y_TICKS;
            svg.append("<text x=\"").append(LEFT - 8).append("\" y=\"").append(num(y(value) + 4)).append("\">")
                    .append(plain(BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP))).append("</text>");
        }
        svg.append("</g>\n");
        svg.append("<text x=\"").append((LEFT + WIDTH - RIGHT) / 2).append("\" y=\"").append(HEIGHT - 12)
                .append("\" text-anchor=\"middle\" fill=\"#212121\">Session date</text>\n");
        svg.append("<text transform=\"translate(18 ").append((TOP + bottom) / 2)
                .append(") rotate(-90)\" text-anchor=\"middle\" fill=\"#212121\">Value (").append(measure).append(")</text>\n");
    }

    private void reference(String label, BigDecimal value, String colour, String dashes) {
        double y = y(value.doubleValue());
        svg.append("<g stroke=\"").append(colour).append("\" stroke-dasharray=\"").append(dashes).append("\">")
                .append(line(LEFT, y, WIDTH - RIGHT, y)).append("</g>");
        svg.append("<text x=\"").append(WIDTH - RIGHT).append("\" y=\"").append(num(y - 4))
                .append("\" text-anchor=\"end\" fill=\"").append(colour).append("\">").append(label).append(' ')
                .append(plain(value)).append("</text>\n");
    }

    private void series(List<ProgressPoint> points) {
        if (points.isEmpty()) {
            return;
        }
        StringBuilder path = new StringBuilder();
        StringBuilder dots = new StringBuilder();
        StringBuilder dates = new StringBuilder();
        int every = Math.max(1, (int) Math.ceil(points.size() / (double) MAX_DATE_LABELS));
        for (int i = 0; i < points.size(); i++) {
            ProgressPoint point = points.get(i);
            double x = x(i, points.size());
            double y = y(point.value().doubleValue());
            path.append(i == 0 ? "" : " ").append(num(x)).append(',').append(num(y));
            dots.append("<circle cx=\"").append(num(x)).append("\" cy=\"").append(num(y)).append("\" r=\"4\" fill=\"")
                    .append(point.reachedTarget() ? "#1565c0" : "#ffffff").append("\"><title>")
                    .append(point.startsAt().toLocalDate()).append(": ").append(plain(point.value()))
                    .append(point.reachedTarget() ? " (target reached)" : "").append("</title></circle>");
            if (i % every == 0 || i == points.size() - 1) {
                dates.append("<text x=\"").append(num(x)).append("\" y=\"").append(HEIGHT - BOTTOM + 18).append("\">")
                        .append(point.startsAt().toLocalDate()).append("</text>");
            }
        }
        svg.append("<polyline fill=\"none\" stroke=\"#1565c0\" stroke-width=\"2\" points=\"").append(path).append("\"/>\n");
        svg.append("<g stroke=\"#1565c0\" stroke-width=\"2\">").append(dots).append("</g>\n");
        svg.append("<g fill=\"#212121\" text-anchor=\"middle\" font-size=\"10\">").append(dates).append("</g>\n");
    }

    /** The measure's own range; counts and durations grow to fit the largest value shown. */
    private static double[] range(GoalProgress progress) {
        Measure measure = progress.measure();
        return switch (measure.type()) {
            case PERCENT -> new double[] { 0, 100 };
            case GAS -> new double[] { -2, 2 };
            case RATING -> new double[] { measure.min().doubleValue(), measure.max().doubleValue() };
            case COUNT, DURATION_SECONDS -> {
                double largest = progress.target().doubleValue();
                if (progress.baseline() != null) {
                    largest = Math.max(largest, progress.baseline().doubleValue());
                }
                for (ProgressPoint point : progress.measurements()) {
                    largest = Math.max(largest, point.value().doubleValue());
                }
                yield new double[] { 0, Math.max(Y_TICKS, Math.ceil(largest * 1.1 / Y_TICKS) * Y_TICKS) };
            }
        };
    }

    private double x(int index, int count) {
        double span = WIDTH - LEFT - RIGHT - 32;
        return count == 1 ? LEFT + 16 + span / 2 : LEFT + 16 + span * index / (count - 1);
    }

    private double y(double value) {
        double span = HEIGHT - TOP - BOTTOM;
        return HEIGHT - BOTTOM - span * (value - low) / (high - low);
    }

    private static String line(double x1, double y1, double x2, double y2) {
        return "<line x1=\"" + num(x1) + "\" y1=\"" + num(y1) + "\" x2=\"" + num(x2) + "\" y2=\"" + num(y2) + "\"/>";
    }

    private static String num(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    private static String plain(BigDecimal value) {
        return Decimals.plain(value).toPlainString();
    }
}
