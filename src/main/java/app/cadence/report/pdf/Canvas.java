package app.cadence.report.pdf;

import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;

import org.apache.pdfbox.pdmodel.PDPageContentStream;

/**
 * Vector drawing on one page, in PDF points from the bottom-left corner. Every shape is a path,
 * never an image, so charts stay sharp at any zoom and their text can be searched and read aloud.
 */
public final class Canvas {

    /** Bezier handle length that makes four cubic curves a circle. */
    private static final float KAPPA = 0.5522848f;

    private final PDPageContentStream stream;
    private final Typeface regular;
    private final Typeface bold;

    Canvas(PDPageContentStream stream, Typeface regular, Typeface bold) {
        this.stream = stream;
        this.regular = regular;
        this.bold = bold;
    }

    public Typeface regular() {
        return regular;
    }

    public Typeface bold() {
        return bold;
    }

    public void line(float x1, float y1, float x2, float y2, Color colour, float width) {
        dashedLine(x1, y1, x2, y2, colour, width, null);
    }

    /** A line with a dash pattern (on, off lengths), or solid for null. */
    public void dashedLine(float x1, float y1, float x2, float y2, Color colour, float width, float[] dashes) {
        io(() -> {
            stream.setStrokingColor(colour);
            stream.setLineWidth(width);
            stream.setLineDashPattern(dashes == null ? new float[0] : dashes, 0);
            stream.moveTo(x1, y1);
            stream.lineTo(x2, y2);
            stream.stroke();
            stream.setLineDashPattern(new float[0], 0);
        });
    }

    /** A polyline through the points (x0, y0, x1, y1, ...). */
    public void polyline(float[] coordinates, Color colour, float width) {
        if (coordinates.length < 4) {
            return;
        }
        io(() -> {
            stream.setStrokingColor(colour);
            stream.setLineWidth(width);
            stream.setLineJoinStyle(1);
            stream.moveTo(coordinates[0], coordinates[1]);
            for (int i = 2; i < coordinates.length; i += 2) {
                stream.lineTo(coordinates[i], coordinates[i + 1]);
            }
            stream.stroke();
        });
    }

    public void fillRect(float x, float y, float width, float height, Color colour) {
        io(() -> {
            stream.setNonStrokingColor(colour);
            stream.addRect(x, y, width, height);
            stream.fill();
        });
    }

    public void strokeRect(float x, float y, float width, float height, Color colour, float lineWidth) {
        io(() -> {
            stream.setStrokingColor(colour);
            stream.setLineWidth(lineWidth);
            stream.addRect(x, y, width, height);
            stream.stroke();
        });
    }

    /** A circle outlined in the stroke colour and filled with the fill colour. */
    public void circle(float cx, float cy, float r, Color stroke, Color fill, float lineWidth) {
        io(() -> {
            stream.setStrokingColor(stroke);
            stream.setNonStrokingColor(fill);
            stream.setLineWidth(lineWidth);
            float k = KAPPA * r;
            stream.moveTo(cx + r, cy);
            stream.curveTo(cx + r, cy + k, cx + k, cy + r, cx, cy + r);
            stream.curveTo(cx - k, cy + r, cx - r, cy + k, cx - r, cy);
            stream.curveTo(cx - r, cy - k, cx - k, cy - r, cx, cy - r);
            stream.curveTo(cx + k, cy - r, cx + r, cy - k, cx + r, cy);
            stream.closeAndFillAndStroke();
        });
    }

    /** Text with its baseline at y, starting at x. The text is made printable first. */
    public void text(String text, float x, float y, float size, Typeface face, Color colour) {
        String printable = face.printable(text);
        if (printable.isEmpty()) {
            return;
        }
        io(() -> {
            stream.beginText();
            stream.setFont(face.font(), size);
            stream.setNonStrokingColor(colour);
            stream.newLineAtOffset(x, y);
            stream.showText(printable);
            stream.endText();
        });
    }

    public void textRight(String text, float right, float y, float size, Typeface face, Color colour) {
        text(text, right - face.width(face.printable(text), size), y, size, face, colour);
    }

    public void textCentered(String text, float centre, float y, float size, Typeface face, Color colour) {
        text(text, centre - face.width(face.printable(text), size) / 2, y, size, face, colour);
    }

    /** Text turned a quarter left (reading upwards), centred on (x, y). */
    public void textVertical(String text, float x, float y, float size, Typeface face, Color colour) {
        String printable = face.printable(text);
        float half = face.width(printable, size) / 2;
        io(() -> {
            stream.beginText();
            stream.setFont(face.font(), size);
            stream.setNonStrokingColor(colour);
            stream.setTextMatrix(new org.apache.pdfbox.util.Matrix(0, 1, -1, 0, x, y - half));
            stream.showText(printable);
            stream.endText();
        });
    }

    private interface Drawing {
        void run() throws IOException;
    }

    private static void io(Drawing drawing) {
        try {
            drawing.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
