package app.cadence.report.pdf;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.util.GregorianCalendar;

import javax.xml.transform.TransformerException;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.AdobePDFSchema;
import org.apache.xmpbox.schema.DublinCoreSchema;
import org.apache.xmpbox.schema.PDFAIdentificationSchema;
import org.apache.xmpbox.schema.XMPBasicSchema;
import org.apache.xmpbox.type.BadFieldValueException;
import org.apache.xmpbox.xml.XmpSerializer;

/**
 * Makes a document archival, PDF/A-2b (ISO 19005-2, level B): XMP metadata that declares it and
 * matches the document information, an sRGB output intent for its colours, and (done by
 * {@link Typeface}) every font embedded. A chart is never a transparent overlay, so the rendering
 * is fixed for as long as the chart is kept.
 */
final class PdfArchive {

    static final String PRODUCER = "Cadence (Apache PDFBox)";
    private static final String SRGB = "sRGB IEC61966-2.1";

    private PdfArchive() {
    }

    static void apply(PDDocument document, String title, String author, String subject, OffsetDateTime created) {
        document.setVersion(1.7f);
        GregorianCalendar when = GregorianCalendar.from(created.toZonedDateTime());
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(title);
        info.setAuthor(author);
        info.setSubject(subject);
        info.setCreator("Cadence");
        info.setProducer(PRODUCER);
        info.setCreationDate(when);
        info.setModificationDate(when);

        PDDocumentCatalog catalog = document.getDocumentCatalog();
        catalog.setLanguage("en");
        PDViewerPreferences preferences = new PDViewerPreferences(new org.apache.pdfbox.cos.COSDictionary());
        preferences.setDisplayDocTitle(true);
        catalog.setViewerPreferences(preferences);
        try {
            PDMetadata metadata = new PDMetadata(document);
            metadata.importXMPMetadata(xmp(title, author, subject, when));
            catalog.setMetadata(metadata);
            PDOutputIntent intent = new PDOutputIntent(document,
                    new ByteArrayInputStream(ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData()));
            intent.setInfo(SRGB);
            intent.setOutputCondition(SRGB);
            intent.setOutputConditionIdentifier(SRGB);
            intent.setRegistryName("http://www.color.org");
            catalog.addOutputIntent(intent);
        } catch (IOException | BadFieldValueException | TransformerException e) {
            throw new IllegalStateException("The archival metadata could not be written", e);
        }
    }

    private static byte[] xmp(String title, String author, String subject, GregorianCalendar when)
            throws BadFieldValueException, TransformerException {
        XMPMetadata xmp = XMPMetadata.createXMPMetadata();
        PDFAIdentificationSchema id = xmp.createAndAddPDFAIdentificationSchema();
        id.setPart(2);
        id.setConformance("B");
        DublinCoreSchema dc = xmp.createAndAddDublinCoreSchema();
        dc.setTitle(title);
        dc.addCreator(author);
        dc.addDescription(null, subject);
        dc.setFormat("application/pdf");
        XMPBasicSchema basic = xmp.createAndAddXMPBasicSchema();
        basic.setCreatorTool("Cadence");
        basic.setCreateDate(when);
        basic.setModifyDate(when);
        AdobePDFSchema pdf = xmp.createAndAddAdobePDFSchema();
        pdf.setProducer(PRODUCER);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new XmpSerializer().serialize(xmp, out, true);
        return out.toByteArray();
    }
}
