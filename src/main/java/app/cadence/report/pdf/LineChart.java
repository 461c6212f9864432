package app.cadence.report.pdf;

import java.awt.Color;

/** Draws a goal's progress chart from its {@link ChartLayout}, as vector paths and text. */
public final class LineChart {

    private static final float[] TARGET_DASH = { 5, 3 };
    private static final float[] BASELINE_DASH = { 1.2f, 2.4f };

    private LineChart() {
    }

    /** Draws the series in the block whose top-left corner is (x, top). */
    public static void draw(Canvas canvas, Series series, float x, float top, float width, float height) {
        ChartLayout layout = ChartLayout.of(series, x, top, width, height, canvas.regular(), canvas.bold());
        float titleY = top - layout.titleSize();
        for (String line : layout.titleLines()) {
            canvas.text(line, x, titleY, layout.titleSize(), canvas.bold(), Palette.INK);
            titleY -= layout.titleSize() + 2.6f;
        }
        legend(canvas, layout);
        Box plot = layout.plot();
        for (ChartLayout.Tick tick : layout.yTicks()) {
            canvas.line(plot.x0(), tick.position(), plot.x1(), tick.position(), Palette.GRID, 0.5f);
            canvas.textRight(tick.label(), plot.x0() - 4, tick.position() - 2.5f, ChartLayout.TICK_SIZE, canvas.regular(),
                    Palette.MUTED);
        }
        canvas.line(plot.x0(), plot.y0(), plot.x1(), plot.y0(), Palette.MUTED, 0.7f);
        canvas.line(plot.x0(), plot.y0(), plot.x0(), plot.y1(), Palette.MUTED, 0.7f);
        for (ChartLayout.Tick tick : layout.xTicks()) {
            canvas.line(tick.position(), plot.y0(), tick.position(), plot.y0() - 3, Palette.MUTED, 0.6f);
            float labelWidth = canvas.regular().width(canvas.regular().printable(tick.label()), ChartLayout.TICK_SIZE);
            float left = Math.max(x, Math.min(tick.position() - labelWidth / 2, x + width - labelWidth));
            canvas.text(tick.label(), left, plot.y0() - 11, ChartLayout.TICK_SIZE, canvas.regular(), Palette.MUTED);
        }
        canvas.textCentered(layout.xAxisTitle(), (plot.x0() + plot.x1()) / 2, top - height + 2, 7, canvas.regular(),
                Palette.MUTED);
        if (layout.baselineY() != null) {
            canvas.dashedLine(plot.x0(), layout.baselineY(), plot.x1(), layout.baselineY(), Palette.BASELINE, 1f,
                    BASELINE_DASH);
        }
        if (layout.targetY() != null) {
            canvas.dashedLine(plot.x0(), layout.targetY(), plot.x1(), layout.targetY(), Palette.TARGET, 1.1f,
                    TARGET_DASH);
        }
        if (layout.markers().isEmpty()) {
            canvas.textCentered("No signed measurements in this period", (plot.x0() + plot.x1()) / 2,
                    (plot.y0() + plot.y1()) / 2, 8, canvas.regular(), Palette.MUTED);
        }
        float[] path = new float[layout.markers().size() * 2];
        for (int i = 0; i < layout.markers().size(); i++) {
            path[2 * i] = layout.markers().get(i).x();
            path[2 * i + 1] = layout.markers().get(i).y();
        }
        canvas.polyline(path, Palette.ACCENT, 1.4f);
        for (ChartLayout.Marker marker : layout.markers()) {
            canvas.circle(marker.x(), marker.y(), ChartLayout.MARKER_RADIUS, Palette.ACCENT,
                    marker.reached() ? Palette.ACCENT : Palette.WHITE, 1.1f);
        }
        for (ChartLayout.ValueLabel label : layout.labels()) {
            Box box = label.box();
            canvas.fillRect(box.x0(), box.y0(), box.width(), box.height(), Palette.WHITE);
            canvas.text(label.text(), box.x0() + 1.2f, box.y0() + 2.2f, ChartLayout.LABEL_SIZE, canvas.regular(),
                    Palette.INK);
        }
    }

    private static void legend(Canvas canvas, ChartLayout layout) {
        for (ChartLayout.LegendItem item : layout.legend()) {
            float sx = item.x();
            float sy = item.y() + 2.6f;
            switch (item.kind()) {
                case SERIES -> canvas.line(sx, sy, sx + 16, sy, Palette.ACCENT, 1.4f);
                case REACHED -> circle(canvas, sx + 8, sy, Palette.ACCENT);
                case NOT_REACHED -> circle(canvas, sx + 8, sy, Palette.WHITE);
                case TARGET -> canvas.dashedLine(sx, sy, sx + 16, sy, Palette.TARGET, 1.1f, TARGET_DASH);
                case BASELINE -> canvas.dashedLine(sx, sy, sx + 16, sy, Palette.BASELINE, 1f, BASELINE_DASH);
            }
            canvas.text(item.label(), sx + 21, item.y(), 7.4f, canvas.regular(), Palette.INK);
        }
    }

    private static void circle(Canvas canvas, float x, float y, Color fill) {
        canvas.circle(x, y, ChartLayout.MARKER_RADIUS, Palette.ACCENT, fill, 1.1f);
    }
}
