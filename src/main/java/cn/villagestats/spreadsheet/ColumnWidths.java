package cn.villagestats.spreadsheet;

import java.util.Map;
import java.util.TreeMap;

/**
 * The widest value written in each column of a sheet, counted as rows are written (a streamed
 * sheet cannot be read back). A cell of the last row that is merged across columns (a title)
 * is left out: it spans the columns rather than widening the first.
 */
final class ColumnWidths {

    private final Map<Integer, Integer> widest = new TreeMap<>();
    private final Map<Integer, Integer> lastRow = new TreeMap<>();

    /** A new row begins: the previous row's widths count from now on. */
    void newRow() {
        lastRow.forEach(this::count);
        lastRow.clear();
    }

    void cell(int column, int width) {
        lastRow.merge(column, width, Math::max);
    }

    /** The last row's cells {@code first..last} are merged into one. */
    void merged(int first, int last) {
        if (last > first) {
            for (int column = first; column <= last; column++) {
                lastRow.remove(column);
            }
        }
    }

    /** Every measured column's widest value, the last row included. */
    Map<Integer, Integer> widest() {
        newRow();
        return widest;
    }

    private void count(int column, int width) {
        widest.merge(column, width, Math::max);
    }
}
