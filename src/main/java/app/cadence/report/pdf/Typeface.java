package app.cadence.report.pdf;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * An embedded font (DejaVu Sans, bundled under its Bitstream Vera licence) with what a layout
 * needs: widths, line wrapping, and text made printable. PDF/A requires every font to be embedded,
 * and a character the font has no glyph for would abort the whole document, so such characters
 * print as a replacement mark instead.
 */
public final class Typeface {

    private static final byte[] REGULAR = resource("/fonts/DejaVuSans.ttf");
    private static final byte[] BOLD = resource("/fonts/DejaVuSans-Bold.ttf");
    private static final String REPLACEMENT = "?";

    private final PDType0Font font;
    private final Map<Integer, Boolean> printable = new HashMap<>();

    private Typeface(PDType0Font font) {
        this.font = font;
    }

    static Typeface regular(PDDocument document) {
        return load(document, REGULAR);
    }

    static Typeface bold(PDDocument document) {
        return load(document, BOLD);
    }

    private static Typeface load(PDDocument document, byte[] data) {
        try (InputStream in = new ByteArrayInputStream(data)) {
            return new Typeface(PDType0Font.load(document, in, true));
        } catch (IOException e) {
            throw new UncheckedIOException("The bundled font could not be loaded", e);
        }
    }

    PDType0Font font() {
        return font;
    }

    /** The text as one printable line: composed, control characters as spaces, unknown glyphs replaced. */
    public String printable(String text) {
        if (text == null) {
            return "";
        }
        String composed = Normalizer.normalize(text, Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(composed.length());
        composed.codePoints().forEach(cp -> {
            if (Character.isISOControl(cp) || Character.getType(cp) == Character.FORMAT) {
                out.append(' ');
            } else if (printable.computeIfAbsent(cp, this::hasGlyph)) {
                out.appendCodePoint(cp);
            } else {
                out.append(REPLACEMENT);
            }
        });
        return out.toString();
    }

    private boolean hasGlyph(int codePoint) {
        try {
            font.encode(new String(Character.toChars(codePoint)));
            return true;
        } catch (IllegalArgumentException | IOException e) {
            return false;
        }
    }

    /** Width in points of already printable text. */
    public float width(String printableText, float size) {
        try {
            return font.getStringWidth(printableText) / 1000f * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The text broken into lines no wider than the width: at spaces where possible, inside a word
     * only when the word alone is too wide. Line breaks in the text are kept.
     */
    public List<String> wrap(String text, float size, float maxWidth) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : (text == null ? "" : text).split("\\R", -1)) {
            StringBuilder line = new StringBuilder();
            for (String word : printable(paragraph).split(" +")) {
                if (word.isEmpty()) {
                    continue;
                }
                String candidate = line.isEmpty() ? word : line + " " + word;
                if (width(candidate, size) <= maxWidth) {
                    line.setLength(0);
                    line.append(candidate);
                    continue;
                }
                if (!line.isEmpty()) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                String rest = word;
                while (width(rest, size) > maxWidth && rest.length() > 1) {
                    int fits = rest.length() - 1;
                    while (fits > 1 && width(rest.substring(0, fits), size) > maxWidth) {
                        fits--;
                    }
                    lines.add(rest.substring(0, fits));
                    rest = rest.substring(fits);
                }
                line.append(rest);
            }
            lines.add(line.toString());
        }
        return lines;
    }

    /** The text shortened with an ellipsis to fit the width. */
    public String fit(String text, float size, float maxWidth) {
        String line = printable(text);
        if (width(line, size) <= maxWidth) {
            return line;
        }
        while (line.length() > 1 && width(line + "…", size) > maxWidth) {
            line = line.substring(0, line.length() - 1);
        }
        return line.stripTrailing() + "…";
    }

    private static byte[] resource(String path) {
        try (InputStream in = Typeface.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("Missing bundled font " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
