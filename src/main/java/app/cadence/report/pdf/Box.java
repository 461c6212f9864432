package app.cadence.report.pdf;

/** An axis-aligned rectangle in page points: (x0, y0) bottom-left, (x1, y1) top-right. */
public record Box(float x0, float y0, float x1, float y1) {

    public boolean intersects(Box other) {
        return x0 < other.x1 && other.x0 < x1 && y0 < other.y1 && other.y0 < y1;
    }

    public boolean within(Box outer) {
        return x0 >= outer.x0 && x1 <= outer.x1 && y0 >= outer.y0 && y1 <= outer.y1;
    }

    public float width() {
        return x1 - x0;
    }

    public float height() {
        return y1 - y0;
    }
}
