package app.cadence.report.pdf;

import java.util.List;

/**
 * Horizontal bars with their labels on the left and values at the bar ends, for program figures
 * (sessions per month, interventions per category). A suppressed value shows as a note instead
 * of a bar.
 */
public final class BarChart {

    /** One bar; a null value is drawn as "suppressed". */
    public record Bar(String label, Long value) {
    }

    public static final float ROW = 15;
    private static final float LABEL_SIZE = 7.8f;

    private BarChart() {
    }

    public static float height(String title, List<Bar> bars) {
        return 18 + bars.size() * ROW + 8;
    }

    public static void draw(Canvas canvas, String title, List<Bar> bars, float x, float top, float width) {
        canvas.text(title, x, top - 9.5f, 9.5f, canvas.bold(), Palette.INK);
        float labelWidth = 0;
        long max = 1;
        for (Bar bar : bars) {
            labelWidth = Math.max(labelWidth, canvas.regular().width(canvas.regular().printable(bar.label()), LABEL_SIZE));
            if (bar.value() != null) {
                max = Math.max(max, bar.value());
            }
        }
        labelWidth = Math.min(labelWidth + 8, width * 0.38f);
        float barLeft = x + labelWidth;
        float barSpace = width - labelWidth - 48;
        float y = top - 18;
        for (Bar bar : bars) {
            float base = y - ROW + 4;
            canvas.text(canvas.regular().fit(bar.label(), LABEL_SIZE, labelWidth - 8), x, base + 2.5f, LABEL_SIZE,
                    canvas.regular(), Palette.INK);
            if (bar.value() == null) {
                canvas.text("suppressed (fewer than k children)", barLeft + 2, base + 2.5f, LABEL_SIZE - 0.6f,
                        canvas.regular(), Palette.MUTED);
            } else {
                float length = Math.max(0.8f, barSpace * bar.value() / max);
                canvas.fillRect(barLeft, base, length, ROW - 6, Palette.ACCENT);
                canvas.text(String.format(java.util.Locale.ROOT, "%,d", bar.value()), barLeft + length + 4, base + 2.5f,
                        LABEL_SIZE, canvas.regular(), Palette.INK);
            }
            y -= ROW;
        }
        canvas.line(barLeft, top - 18, barLeft, y + 4, Palette.MUTED, 0.6f);
    }
}
