package app.cadence.report;

import static app.cadence.report.CourseOfTherapy.DRAFT_PLAN;
import static app.cadence.report.CourseOfTherapy.DRAFT_SUMMARY;
import static app.cadence.report.CourseOfTherapy.G1_STATEMENT;
import static app.cadence.report.CourseOfTherapy.G2_STATEMENT;
import static app.cadence.report.CourseOfTherapy.SIGNED_PLAN;
import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.PDFAIdentificationSchema;
import org.apache.xmpbox.xml.DomXmpParser;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** The printable progress report: what it says, that it renders, and that it is an archival PDF. */
@QuarkusTest
class ProgressReportPdfTest {

    static byte[] pdf() {
        CourseOfTherapy course = ProgressReportTest.course();
        return course.therapist.request().accept("application/pdf").queryParam("from", "2026-09-01")
                .queryParam("to", "2026-10-31").get(course.report()).then().statusCode(200)
                .contentType("application/pdf").extract().asByteArray();
    }

    @Test
    void shouldPrintTheGoalsAndFiguresAndNoDraftText() throws IOException {
        byte[] bytes = pdf();
        // Kept for docs/images (rendered with pdftoppm; see README).
        Files.createDirectories(Path.of("target/reports"));
        Files.write(Path.of("target/reports/progress-report.pdf"), bytes);
        try (PDDocument document = Loader.loadPDF(bytes)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("Music therapy progress report", "Mila Okafor", "PICU", "Maya Lindgren, MT-BC",
                    G1_STATEMENT, G2_STATEMENT, SIGNED_PLAN, "6 sessions, 240 minutes", "Anxiety numeric rating scale",
                    "6.0", "3.2", "−2.8", "83%", "Met since 5 Oct 2026", "Not yet (2 of 3)", "Improving",
                    "1 further completed session is awaiting a signed note", "Page 1 of " + document.getNumberOfPages(),
                    "Generated", "CONFIDENTIAL", "Target 80", "Baseline 30", "Session date, 2026 (America/New_York)");
            assertThat(text).doesNotContain(DRAFT_PLAN, DRAFT_SUMMARY, "Said she was scared", "DRAFT");
            PDFRenderer renderer = new PDFRenderer(document);
            for (int page = 0; page < document.getNumberOfPages(); page++) {
                BufferedImage image = renderer.renderImage(page, 1.0f);
                assertThat(image.getWidth()).isEqualTo(612);
                assertThat(inked(image)).as("page %d has content", page + 1).isGreaterThan(1000);
            }
        }
    }

    @Test
    void shouldBeAnArchivalPdfWithEmbeddedFontsAndVectorCharts() throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf())) {
            assertThat(document.getVersion()).isEqualTo(1.7f);
            assertThat(document.getDocument().getTrailer().getCOSArray(COSName.ID)).isNotNull();
            XMPMetadata xmp = new DomXmpParser().parse(
                    new ByteArrayInputStream(document.getDocumentCatalog().getMetadata().toByteArray()));
            PDFAIdentificationSchema id = xmp.getPDFAIdentificationSchema();
            assertThat(id.getPart()).isEqualTo(2);
            assertThat(id.getConformance()).isEqualTo("B");
            assertThat(xmp.getDublinCoreSchema().getTitle()).isEqualTo(document.getDocumentInformation().getTitle());
            assertThat(document.getDocumentCatalog().getOutputIntents()).singleElement()
                    .satisfies(intent -> assertThat(intent.getOutputConditionIdentifier()).isEqualTo("sRGB IEC61966-2.1"));
            for (PDPage page : document.getPages()) {
                PDResources resources = page.getResources();
                for (COSName name : resources.getFontNames()) {
                    PDFont font = resources.getFont(name);
                    assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                }
                // Charts are paths and text: no page carries a raster image.
                for (COSName name : resources.getXObjectNames()) {
                    assertThat(resources.isImageXObject(name)).isFalse();
                }
            }
        }
    }

    /** Pixels that are not white. */
    static int inked(BufferedImage image) {
        int count = 0;
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                if ((image.getRGB(x, y) & 0xFFFFFF) != 0xFFFFFF) {
                    count++;
                }
            }
        }
        return count;
    }
}
