package app.cadence.report.pdf;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** A table to print: columns with relative widths and alignment, rows of text; the last row may be a total. */
public final class Table {

    public enum Align {
        LEFT, RIGHT
    }

    record Column(String header, float weight, Align align) {
    }

    private final List<Column> columns = new ArrayList<>();
    private final List<List<String>> rows = new ArrayList<>();
    private boolean totalRow;

    private Table() {
    }

    /** A table whose first column is text. */
    public static Table withColumn(String header, float weight) {
        return new Table().column(header, weight, Align.LEFT);
    }

    public Table column(String header, float weight, Align align) {
        columns.add(new Column(header, weight, align));
        return this;
    }

    /** A right-aligned (numeric) column. */
    public Table number(String header, float weight) {
        return column(header, weight, Align.RIGHT);
    }

    public Table row(String... cells) {
        if (cells.length != columns.size()) {
            throw new IllegalArgumentException("A row needs " + columns.size() + " cells");
        }
        rows.add(Arrays.asList(cells));
        return this;
    }

    /** The last row added sums up the others and is printed in bold above a rule. */
    public Table lastRowIsTotal() {
        totalRow = true;
        return this;
    }

    List<Column> columns() {
        return columns;
    }

    List<List<String>> rows() {
        return rows;
    }

    boolean totalRow() {
        return totalRow;
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }
}
