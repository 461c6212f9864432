package app.cadence.report.pdf;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Where everything of a goal's progress chart goes, computed before anything is drawn so that a
 * test can check it: the wrapped title, the legend, the plot area, axis ticks with their dates in
 * the program's time zone, the points, and value labels placed where they touch no point, no other
 * label and stay inside the plot. A point whose label finds no such place keeps its marker only
 * (its value is in the goal's table).
 */
public record ChartLayout(List<String> titleLines, float titleSize, List<LegendItem> legend, Box plot,
        List<Tick> yTicks, List<Tick> xTicks, String xAxisTitle, List<Marker> markers, List<ValueLabel> labels,
        Float targetY, Float baselineY) {

    public static final float MARKER_RADIUS = 3.3f;
    public static final float LABEL_SIZE = 7f;
    static final float TITLE_SIZE = 9.8f;
    static final float LEGEND_SIZE = 7.4f;
    static final float TICK_SIZE = 7.2f;
    private static final float LABEL_PAD = 1.2f;
    private static final float CLEARANCE = 1.6f;
    private static final float LEFT_AXIS = 34;
    private static final float BOTTOM_AXIS = 26;
    private static final int MAX_LABELS = 30;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH);
    private static final int[] DAY_STEPS = { 1, 2, 3, 7, 14 };
    private static final int[] MONTH_STEPS = { 1, 2, 3, 6, 12 };

    /** A legend entry: what it shows and where its sample starts. */
    public record LegendItem(Kind kind, String label, float x, float y) {

        public enum Kind {
            SERIES, REACHED, NOT_REACHED, TARGET, BASELINE
        }
    }

    /** A tick at a position along its axis, with its label. */
    public record Tick(float position, String label) {
    }

    /** A measured point on the page. */
    public record Marker(float x, float y, boolean reached, String value) {

        public Box box(float clearance) {
            float r = MARKER_RADIUS + clearance;
            return new Box(x - r, y - r, x + r, y + r);
        }
    }

    /** A value label: its text and the box it occupies (text baseline at box.y0 + pad). */
    public record ValueLabel(String text, Box box) {
    }

    public static ChartLayout of(Series series, float x, float top, float width, float height, Typeface regular,
            Typeface bold) {
        List<String> title = bold.wrap(series.title(), TITLE_SIZE, width);
        if (title.size() > 3) {
            List<String> shortened = new ArrayList<>(title.subList(0, 2));
            shortened.add(bold.fit(String.join(" ", title.subList(2, title.size())), TITLE_SIZE, width));
            title = shortened;
        }
        float cursor = top - title.size() * (TITLE_SIZE + 2.6f) - 4;
        List<LegendItem> legend = legend(series, x, cursor, width, regular);
        float legendBottom = legend.isEmpty() ? cursor : legend.get(legend.size() - 1).y() - 6;
        Box plot = new Box(x + LEFT_AXIS, top - height + BOTTOM_AXIS, x + width - 6, legendBottom - 8);

        List<Tick> yTicks = yTicks(series, plot);
        Domain domain = Domain.of(series);
        List<Tick> xTicks = xTicks(series, domain, plot, regular);
        List<Marker> markers = new ArrayList<>();
        for (Series.Point point : series.points()) {
            markers.add(new Marker(domain.x(point.at(), plot), y(series, point.value(), plot), point.reached(),
                    plain(point.value())));
        }
        List<ValueLabel> labels = placeLabels(markers, plot, regular);
        Float targetY = series.target() == null ? null : y(series, series.target(), plot);
        Float baselineY = series.baseline() == null ? null : y(series, series.baseline(), plot);
        return new ChartLayout(title, TITLE_SIZE, legend, plot, yTicks, xTicks,
                axisTitle(domain, series), markers, labels, targetY, baselineY);
    }

    /** Day ticks carry no year, so the axis title names it (or the years spanned) and the time zone. */
    private static String axisTitle(Domain domain, Series series) {
        int first = domain.firstDay().getYear();
        int last = domain.lastDay().getYear();
        return "Session date, " + (first == last ? first : first + "–" + last) + " (" + series.zone().getId() + ")";
    }

    private static List<LegendItem> legend(Series series, float x, float top, float width, Typeface regular) {
        List<LegendItem> items = new ArrayList<>();
        List<Object[]> wanted = new ArrayList<>();
        wanted.add(new Object[] { LegendItem.Kind.SERIES, "Measured (" + series.measureLabel() + ")" });
        wanted.add(new Object[] { LegendItem.Kind.REACHED, "Target reached" });
        wanted.add(new Object[] { LegendItem.Kind.NOT_REACHED, "Not yet at target" });
        if (series.target() != null) {
            wanted.add(new Object[] { LegendItem.Kind.TARGET, "Target " + plain(series.target()) });
        }
        if (series.baseline() != null) {
            wanted.add(new Object[] { LegendItem.Kind.BASELINE, "Baseline " + plain(series.baseline()) });
        }
        float cx = x;
        float cy = top - LEGEND_SIZE;
        for (Object[] entry : wanted) {
            String label = (String) entry[1];
            float itemWidth = 22 + regular.width(regular.printable(label), LEGEND_SIZE) + 14;
            if (cx + itemWidth > x + width && cx > x) {
                cx = x;
                cy -= LEGEND_SIZE + 5;
            }
            items.add(new LegendItem((LegendItem.Kind) entry[0], label, cx, cy));
            cx += itemWidth;
        }
        return items;
    }

    private static List<Tick> yTicks(Series series, Box plot) {
        double span = series.yMax() - series.yMin();
        double step = niceStep(span / 5);
        List<Tick> ticks = new ArrayList<>();
        double first = Math.ceil(series.yMin() / step - 1e-9) * step;
        for (double v = first; v <= series.yMax() + step * 1e-6; v += step) {
            ticks.add(new Tick(y(series, v, plot), plain(v)));
        }
        return ticks;
    }

    static double niceStep(double rough) {
        double magnitude = Math.pow(10, Math.floor(Math.log10(rough)));
        for (double nice : new double[] { 1, 2, 2.5, 5, 10 }) {
            if (nice * magnitude >= rough - 1e-12) {
                return nice * magnitude;
            }
        }
        return 10 * magnitude;
    }

    /** Day ticks (at noon, under the day's sessions) or month ticks (at the 1st), as many as fit unclipped. */
    private static List<Tick> xTicks(Series series, Domain domain, Box plot, Typeface regular) {
        if (series.points().isEmpty()) {
            return List.of();
        }
        float labelWidth = regular.width("00 May", TICK_SIZE) + 12;
        int fit = Math.max(2, (int) (plot.width() / labelWidth));
        LocalDate first = domain.firstDay();
        LocalDate last = domain.lastDay();
        for (int step : DAY_STEPS) {
            List<LocalDate> days = new ArrayList<>();
            for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(step)) {
                days.add(d);
            }
            if (days.size() <= fit) {
                return days.stream().map(d -> new Tick(domain.x(d.atTime(12, 0).atZone(series.zone()).toInstant(), plot),
                        DAY.format(d))).toList();
            }
        }
        float monthWidth = regular.width("May 0000", TICK_SIZE) + 12;
        int fitMonths = Math.max(2, (int) (plot.width() / monthWidth));
        for (int step : MONTH_STEPS) {
            List<Tick> ticks = new ArrayList<>();
            for (YearMonth m = YearMonth.from(first).plusMonths(1); !m.atDay(1).isAfter(last); m = m.plusMonths(1)) {
                if ((m.getYear() * 12 + m.getMonthValue() - 1) % step == 0) {
                    ticks.add(new Tick(domain.x(m.atDay(1).atStartOfDay(series.zone()).toInstant(), plot),
                            MONTH.format(m)));
                }
            }
            if (ticks.size() <= fitMonths) {
                return ticks;
            }
        }
        return List.of();
    }

    /**
     * Labels go in order of interest (latest, first, highest, lowest, then the rest), each at the
     * first of eight spots around its point that overlaps no point, no label and stays in the plot.
     */
    private static List<ValueLabel> placeLabels(List<Marker> markers, Box plot, Typeface regular) {
        List<Box> points = markers.stream().map(m -> m.box(CLEARANCE)).toList();
        List<ValueLabel> placed = new ArrayList<>();
        for (int index : priority(markers)) {
            if (placed.size() >= MAX_LABELS) {
                break;
            }
            Marker marker = markers.get(index);
            float w = regular.width(marker.value(), LABEL_SIZE) + 2 * LABEL_PAD;
            float h = LABEL_SIZE + 2 * LABEL_PAD;
            float gap = MARKER_RADIUS + CLEARANCE + 0.8f;
            float[][] spots = {
                { marker.x() - w / 2, marker.y() + gap }, // above
                { marker.x() - w / 2, marker.y() - gap - h }, // below
                { marker.x() + gap, marker.y() - h / 2 }, // right
                { marker.x() - gap - w, marker.y() - h / 2 }, // left
                { marker.x() + gap * 0.7f, marker.y() + gap * 0.7f }, // above right
                { marker.x() - gap * 0.7f - w, marker.y() + gap * 0.7f }, // above left
                { marker.x() + gap * 0.7f, marker.y() - gap * 0.7f - h }, // below right
                { marker.x() - gap * 0.7f - w, marker.y() - gap * 0.7f - h } }; // below left
            for (float[] spot : spots) {
                Box box = new Box(spot[0], spot[1], spot[0] + w, spot[1] + h);
                if (box.within(plot) && points.stream().noneMatch(box::intersects)
                        && placed.stream().noneMatch(l -> l.box().intersects(box))) {
                    placed.add(new ValueLabel(marker.value(), box));
                    break;
                }
            }
        }
        return placed;
    }

    private static List<Integer> priority(List<Marker> markers) {
        Set<Integer> order = new LinkedHashSet<>();
        if (!markers.isEmpty()) {
            order.add(markers.size() - 1);
            order.add(0);
            List<Integer> byValue = new ArrayList<>();
            for (int i = 0; i < markers.size(); i++) {
                byValue.add(i);
            }
            byValue.sort(Comparator.comparingDouble(i -> markers.get(i).y()));
            order.add(byValue.get(byValue.size() - 1));
            order.add(byValue.get(0));
            for (int i = markers.size() - 1; i >= 0; i--) {
                order.add(i);
            }
        }
        return List.copyOf(order);
    }

    private static float y(Series series, double value, Box plot) {
        double fraction = (value - series.yMin()) / (series.yMax() - series.yMin());
        return (float) (plot.y0() + fraction * plot.height());
    }

    static String plain(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    /** The time axis: from the first measured day to the last, padded so no point sits on an edge. */
    private record Domain(Instant start, Instant end, LocalDate firstDay, LocalDate lastDay) {

        static Domain of(Series series) {
            if (series.points().isEmpty()) {
                LocalDate today = LocalDate.now(series.zone());
                return new Domain(today.atStartOfDay(series.zone()).toInstant(),
                        today.plusDays(1).atStartOfDay(series.zone()).toInstant(), today, today);
            }
            Instant min = series.points().stream().map(Series.Point::at).min(Comparator.naturalOrder()).orElseThrow();
            Instant max = series.points().stream().map(Series.Point::at).max(Comparator.naturalOrder()).orElseThrow();
            LocalDate firstDay = min.atZone(series.zone()).toLocalDate();
            LocalDate lastDay = max.atZone(series.zone()).toLocalDate();
            Instant from = firstDay.atStartOfDay(series.zone()).toInstant();
            Instant to = lastDay.plusDays(1).atStartOfDay(series.zone()).toInstant();
            long pad = Math.max(1, (to.getEpochSecond() - from.getEpochSecond()) / 40);
            return new Domain(from.minusSeconds(pad), to.plusSeconds(pad), firstDay, lastDay);
        }

        float x(Instant at, Box plot) {
            double fraction = (double) (at.getEpochSecond() - start.getEpochSecond())
                    / (end.getEpochSecond() - start.getEpochSecond());
            return (float) (plot.x0() + fraction * plot.width());
        }
    }
}
