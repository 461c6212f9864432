package app.cadence.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

/** Where a goal chart puts its labels: never on a point, never on another label, never outside the plot. */
class ChartLayoutTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    @Test
    void shouldPlaceNoValueLabelOverAPointOrAnotherLabel() throws Exception {
        // 40 sessions two days apart zig-zagging and bunching near the target: the crowded case.
        List<Series.Point> points = new ArrayList<>();
        Instant start = Instant.parse("2026-03-02T15:00:00Z");
        for (int i = 0; i < 40; i++) {
            double value = 60 + (i % 2 == 0 ? 1 : -1) * (i % 7) * 3 + i / 2.0;
            points.add(new Series.Point(start.plusSeconds(i * 2L * 86400), value, value >= 80));
        }
        try (PDDocument document = new PDDocument()) {
            ChartLayout layout = ChartLayout.of(new Series("Will keep a steady beat on the drum for a whole song",
                    "percent", 0, 100, 80.0, 30.0, points, NEW_YORK), 54, 700, 504, 222, Typeface.regular(document),
                    Typeface.bold(document));
            assertThat(layout.labels()).isNotEmpty();
            for (ChartLayout.ValueLabel label : layout.labels()) {
                assertThat(label.box().within(layout.plot())).as(label.text()).isTrue();
                for (ChartLayout.Marker marker : layout.markers()) {
                    assertThat(label.box().intersects(marker.box(0))).as("label %s over a point", label.text()).isFalse();
                }
                for (ChartLayout.ValueLabel other : layout.labels()) {
                    if (other != label) {
                        assertThat(label.box().intersects(other.box())).isFalse();
                    }
                }
            }
            // The latest value always gets its label.
            assertThat(layout.labels().get(0).text()).isEqualTo(layout.markers().get(39).value());
        }
    }

    @Test
    void shouldShowDatesInTheProgramsTimeZoneAndTitleTheChartWithTheGoal() throws Exception {
        // 01:30 UTC on 5 March is 4 March, 20:30 in New York.
        List<Series.Point> points = List.of(new Series.Point(Instant.parse("2026-03-05T01:30:00Z"), 40, false),
                new Series.Point(Instant.parse("2026-03-06T15:00:00Z"), 85, true));
        try (PDDocument document = new PDDocument()) {
            ChartLayout layout = ChartLayout.of(new Series("Will sing the hello song", "percent", 0, 100, 80.0, null,
                    points, NEW_YORK), 54, 700, 504, 222, Typeface.regular(document), Typeface.bold(document));
            assertThat(layout.xTicks()).extracting(ChartLayout.Tick::label).containsExactly("4 Mar", "5 Mar", "6 Mar");
            assertThat(layout.titleLines()).containsExactly("Will sing the hello song");
            assertThat(layout.legend()).extracting(ChartLayout.LegendItem::label).contains("Target 80", "Target reached",
                    "Not yet at target");
            assertThat(layout.xAxisTitle()).contains("America/New_York");
        }
    }
}
