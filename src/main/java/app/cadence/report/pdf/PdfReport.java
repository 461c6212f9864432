package app.cadence.report.pdf;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDPageContentStream.AppendMode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * A printable, archival report laid out top to bottom on US Letter pages: a title block, headings,
 * paragraphs, label/value grids, tables that repeat their header across pages, and vector drawings
 * kept whole on one page. {@link #finish()} adds the running header, the footer with page numbers,
 * who generated the document and when, and the confidentiality notice, and makes it PDF/A-2b.
 */
public final class PdfReport implements Closeable {

    /** What every page says about the document. */
    public record Meta(String title, String subject, String author, OffsetDateTime generatedAt, String runningHeader,
            String generatedLine, String confidentiality) {
    }

    /** Draws a block of the given height whose top-left corner is at (x, top). */
    @FunctionalInterface
    public interface Block {
        void draw(Canvas canvas, float x, float top, float width);
    }

    /** A label and its value in a field grid. */
    public record Field(String label, String value) {
    }

    static final PDRectangle PAGE = PDRectangle.LETTER;
    static final float MARGIN_X = 54;
    static final float MARGIN_TOP = 50;
    static final float MARGIN_BOTTOM = 72;
    static final float BODY = 9.5f;
    static final float LEADING = 13.2f;
    private static final float TABLE_SIZE = 8.6f;
    private static final float CELL_PAD_X = 5;
    private static final float CELL_PAD_Y = 3.6f;

    private final Meta meta;
    private final PDDocument document = new PDDocument();
    private final Typeface regular = Typeface.regular(document);
    private final Typeface bold = Typeface.bold(document);
    private final List<PDPage> pages = new ArrayList<>();
    private PDPageContentStream stream;
    private Canvas canvas;
    private float y;

    public PdfReport(Meta meta) {
        this.meta = meta;
        newPage();
    }

    public float width() {
        return PAGE.getWidth() - 2 * MARGIN_X;
    }

    public Typeface regular() {
        return regular;
    }

    public Typeface bold() {
        return bold;
    }

    /** The document title, a subtitle line and an accent rule. */
    public void title(String title, String subtitle) {
        for (String line : bold.wrap(title, 19, width())) {
            canvas.text(line, MARGIN_X, y - 19, 19, bold, Palette.INK);
            y -= 24;
        }
        if (subtitle != null) {
            canvas.text(subtitle, MARGIN_X, y - 10, 10, regular, Palette.MUTED);
            y -= 16;
        }
        canvas.line(MARGIN_X, y - 2, MARGIN_X + width(), y - 2, Palette.ACCENT, 1.6f);
        y -= 14;
    }

    /** A section heading, kept on the page with at least the given height of what follows. */
    public void heading(String text, float keepWithNext) {
        ensure(30 + keepWithNext);
        y -= 8;
        canvas.text(text, MARGIN_X, y - 12, 12, bold, Palette.ACCENT);
        y -= 17;
        canvas.line(MARGIN_X, y, MARGIN_X + width(), y, Palette.RULE, 0.6f);
        y -= 8;
    }

    public void paragraph(String text) {
        paragraph(text, BODY, regular, Palette.INK);
    }

    /** A note in small muted type, e.g. how a figure was computed. */
    public void note(String text) {
        paragraph(text, 7.8f, regular, Palette.MUTED);
    }

    public void paragraph(String text, float size, Typeface face, java.awt.Color colour) {
        float leading = size * 1.39f;
        for (String line : face.wrap(text, size, width())) {
            ensure(leading);
            canvas.text(line, MARGIN_X, y - size, size, face, colour);
            y -= leading;
        }
        y -= 4;
    }

    /** Labels over values, in the given number of columns; a value wraps within its column. */
    public void fields(List<Field> fields, int columns) {
        float gap = 14;
        float columnWidth = (width() - gap * (columns - 1)) / columns;
        for (int start = 0; start < fields.size(); start += columns) {
            List<Field> row = fields.subList(start, Math.min(fields.size(), start + columns));
            int lines = 1;
            for (Field field : row) {
                lines = Math.max(lines, regular.wrap(field.value(), 10, columnWidth).size());
            }
            float height = 11 + lines * 13 + 6;
            ensure(height);
            for (int i = 0; i < row.size(); i++) {
                float x = MARGIN_X + i * (columnWidth + gap);
                canvas.text(row.get(i).label().toUpperCase(java.util.Locale.ROOT), x, y - 7, 6.8f, bold, Palette.MUTED);
                float lineY = y - 20;
                for (String line : regular.wrap(row.get(i).value(), 10, columnWidth)) {
                    canvas.text(line, x, lineY, 10, regular, Palette.INK);
                    lineY -= 13;
                }
            }
            y -= height;
        }
    }

    /** A table; rows never split across pages, and the header repeats on each page the table spans. */
    public void table(Table table) {
        List<Table.Column> columns = table.columns();
        float[] widths = widths(table);
        List<String> headers = columns.stream().map(Table.Column::header).toList();
        float headerHeight = rowHeight(headers, widths, bold);
        float firstRow = table.isEmpty() ? 0 : rowHeight(table.rows().get(0), widths, regular);
        ensure(headerHeight + firstRow);
        drawHeader(columns, headers, widths, headerHeight);
        List<List<String>> rows = table.rows();
        for (int r = 0; r < rows.size(); r++) {
            boolean isTotal = table.totalRow() && r == rows.size() - 1;
            Typeface face = isTotal ? bold : regular;
            float height = rowHeight(rows.get(r), widths, face);
            if (y - height < MARGIN_BOTTOM) {
                newPage();
                drawHeader(columns, headers, widths, headerHeight);
            }
            if (isTotal) {
                canvas.line(MARGIN_X, y, MARGIN_X + width(), y, Palette.INK, 0.8f);
            } else if (r % 2 == 1) {
                canvas.fillRect(MARGIN_X, y - height, width(), height, Palette.ZEBRA);
            }
            drawRow(columns, rows.get(r), widths, face, Palette.INK);
            y -= height;
        }
        canvas.line(MARGIN_X, y, MARGIN_X + width(), y, Palette.RULE, 0.6f);
        y -= 10;
    }

    /**
     * Column widths by weight, widened where a column's longest word would otherwise be broken (a
     * header such as "Sessions" or a date) and narrowed where there is room to spare.
     */
    private float[] widths(Table table) {
        List<Table.Column> columns = table.columns();
        int n = columns.size();
        float[] minimum = new float[n];
        for (int i = 0; i < n; i++) {
            minimum[i] = longestWord(columns.get(i).header(), bold);
            for (List<String> row : table.rows()) {
                minimum[i] = Math.max(minimum[i], longestWord(row.get(i), table.totalRow() ? bold : regular));
            }
            minimum[i] = Math.min(minimum[i] + 2 * CELL_PAD_X + 1, width() * 0.45f);
        }
        float weights = 0;
        for (Table.Column column : columns) {
            weights += column.weight();
        }
        float[] widths = new float[n];
        float deficit = 0;
        float slack = 0;
        for (int i = 0; i < n; i++) {
            widths[i] = width() * columns.get(i).weight() / weights;
            if (widths[i] < minimum[i]) {
                deficit += minimum[i] - widths[i];
                widths[i] = minimum[i];
            } else {
                slack += widths[i] - minimum[i];
            }
        }
        if (deficit > 0 && slack > 0) {
            float share = Math.min(1, deficit / slack);
            for (int i = 0; i < n; i++) {
                if (widths[i] > minimum[i]) {
                    widths[i] -= (widths[i] - minimum[i]) * share;
                }
            }
        }
        // Too many columns for their words: all shrink alike, and the widest words break.
        float total = 0;
        for (float w : widths) {
            total += w;
        }
        for (int i = 0; i < n && total > width(); i++) {
            widths[i] *= width() / total;
        }
        return widths;
    }

    private float longestWord(String text, Typeface face) {
        float longest = 0;
        for (String word : face.printable(text).split(" +")) {
            longest = Math.max(longest, face.width(word, TABLE_SIZE));
        }
        return longest;
    }

    private void drawHeader(List<Table.Column> columns, List<String> headers, float[] widths, float height) {
        canvas.fillRect(MARGIN_X, y - height, width(), height, Palette.ACCENT_LIGHT);
        drawRow(columns, headers, widths, bold, Palette.INK);
        y -= height;
    }

    private void drawRow(List<Table.Column> columns, List<String> cells, float[] widths, Typeface face,
            java.awt.Color colour) {
        float x = MARGIN_X;
        for (int i = 0; i < cells.size(); i++) {
            float lineY = y - CELL_PAD_Y - TABLE_SIZE;
            for (String line : face.wrap(cells.get(i), TABLE_SIZE, widths[i] - 2 * CELL_PAD_X)) {
                if (columns.get(i).align() == Table.Align.RIGHT) {
                    canvas.textRight(line, x + widths[i] - CELL_PAD_X, lineY, TABLE_SIZE, face, colour);
                } else {
                    canvas.text(line, x + CELL_PAD_X, lineY, TABLE_SIZE, face, colour);
                }
                lineY -= TABLE_SIZE * 1.3f;
            }
            x += widths[i];
        }
    }

    private float rowHeight(List<String> cells, float[] widths, Typeface face) {
        int lines = 1;
        for (int i = 0; i < cells.size(); i++) {
            lines = Math.max(lines, face.wrap(cells.get(i), TABLE_SIZE, widths[i] - 2 * CELL_PAD_X).size());
        }
        return 2 * CELL_PAD_Y + TABLE_SIZE + (lines - 1) * TABLE_SIZE * 1.3f + 2;
    }

    /** A drawing of fixed height, moved to the next page whole when it does not fit. */
    public void block(float height, Block block) {
        ensure(height);
        block.draw(canvas, MARGIN_X, y, width());
        y -= height;
    }

    public void gap(float points) {
        y -= points;
    }

    /** Starts a new page unless the given height still fits on this one. */
    public void ensure(float height) {
        if (y - height < MARGIN_BOTTOM) {
            newPage();
        }
    }

    private void newPage() {
        closeStream();
        PDPage page = new PDPage(PAGE);
        document.addPage(page);
        pages.add(page);
        try {
            stream = new PDPageContentStream(document, page);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        canvas = new Canvas(stream, regular, bold);
        y = PAGE.getHeight() - MARGIN_TOP;
        if (pages.size() > 1) {
            canvas.text(regular.fit(meta.runningHeader(), 7.5f, width()), MARGIN_X, y + 14, 7.5f, regular,
                    Palette.MUTED);
            canvas.line(MARGIN_X, y + 9, MARGIN_X + width(), y + 9, Palette.RULE, 0.5f);
            y -= 6;
        }
    }

    /** The finished PDF/A-2b document. */
    public byte[] finish() {
        closeStream();
        int count = pages.size();
        for (int i = 0; i < count; i++) {
            try (PDPageContentStream footer = new PDPageContentStream(document, pages.get(i), AppendMode.APPEND, true,
                    true)) {
                footer(new Canvas(footer, regular, bold), i + 1, count);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        PdfArchive.apply(document, meta.title(), meta.author(), meta.subject(), meta.generatedAt());
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void footer(Canvas footer, int page, int count) {
        float top = MARGIN_BOTTOM - 16;
        footer.line(MARGIN_X, top, MARGIN_X + width(), top, Palette.RULE, 0.5f);
        String pageLabel = "Page " + page + " of " + count;
        float pageWidth = bold.width(pageLabel, 8);
        footer.textRight(pageLabel, MARGIN_X + width(), top - 11, 8, bold, Palette.INK);
        footer.text(regular.fit(meta.generatedLine(), 7.2f, width() - pageWidth - 16), MARGIN_X, top - 11, 7.2f,
                regular, Palette.MUTED);
        float lineY = top - 22;
        for (String line : regular.wrap(meta.confidentiality(), 6.8f, width())) {
            footer.text(line, MARGIN_X, lineY, 6.8f, regular, Palette.MUTED);
            lineY -= 8.5f;
        }
    }

    private void closeStream() {
        if (stream != null) {
            try {
                stream.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            stream = null;
        }
    }

    @Override
    public void close() {
        closeStream();
        try {
            document.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
