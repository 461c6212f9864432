package app.cadence.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;

/**
 * Wrapped text stays between the margins, also where a paragraph breaks across pages: printed
 * reports that lose the end of a line lose a clinical or statistical statement with it.
 */
class PdfReportMarginsTest {

    private static final String NOTE = "Change = after − before, so a fall in pain or anxiety is negative (the median change is in "
            + "the JSON and CSV). 95% CI: Student's t interval of the mean change. Better / same / worse: share of pairs, "
            + "in the scale's better direction. p: two-sided Wilcoxon signed-rank test. r: matched-pairs rank-biserial "
            + "correlation, positive when children improved. Methods in full at the end of the report.";

    @Test
    void shouldKeepEveryCharacterOfWrappedTextInsideTheMargins() throws IOException {
        byte[] pdf;
        try (PdfReport report = new PdfReport(new PdfReport.Meta("Margins", "Margins", "Cadence",
                OffsetDateTime.parse("2026-12-01T09:00:00-05:00"), "Margins", "Generated for a test", "CONFIDENTIAL"))) {
            report.title("Margins", "A long note at every position of the page");
            for (int i = 0; i < 60; i++) {
                report.note(NOTE);
                report.paragraph("Paragraph " + i + " " + NOTE);
            }
            pdf = report.finish();
        }
        List<Float> rightEdges = new ArrayList<>();
        List<Float> leftEdges = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) {
                    for (TextPosition position : positions) {
                        leftEdges.add(position.getXDirAdj());
                        rightEdges.add(position.getXDirAdj() + position.getWidthDirAdj());
                    }
                }
            };
            stripper.getText(document);
            assertThat(document.getNumberOfPages()).isGreaterThan(2);
        }
        float pageWidth = PdfReport.PAGE.getWidth();
        assertThat(rightEdges).isNotEmpty().allSatisfy(right ->
                assertThat(right).isLessThanOrEqualTo(pageWidth - PdfReport.MARGIN_X + 0.5f));
        assertThat(leftEdges).allSatisfy(left -> assertThat(left).isGreaterThanOrEqualTo(PdfReport.MARGIN_X - 0.5f));
    }
}
