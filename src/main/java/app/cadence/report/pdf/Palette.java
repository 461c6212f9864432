package app.cadence.report.pdf;

import java.awt.Color;

/** The few colours of Cadence documents: dark ink, one accent, and quiet greys; all print legibly in greyscale. */
public final class Palette {

    public static final Color INK = new Color(33, 33, 33);
    public static final Color MUTED = new Color(97, 97, 97);
    public static final Color ACCENT = new Color(21, 101, 192);
    public static final Color ACCENT_LIGHT = new Color(227, 238, 251);
    public static final Color TARGET = new Color(27, 110, 56);
    public static final Color BASELINE = new Color(121, 85, 72);
    public static final Color RULE = new Color(200, 204, 210);
    public static final Color GRID = new Color(232, 234, 237);
    public static final Color ZEBRA = new Color(246, 248, 250);
    public static final Color WHITE = Color.WHITE;

    private Palette() {
    }
}
