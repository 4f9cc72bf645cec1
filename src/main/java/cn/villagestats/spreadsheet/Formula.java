package cn.villagestats.spreadsheet;

import java.util.Objects;

import org.apache.poi.ss.util.CellReference;

/**
 * A formula cell to write, with the result Excel would have saved beside it; a
 * {@code null} result leaves the formula uncalculated.
 */
public record Formula(String expression, Double cachedResult) {

    public Formula {
        Objects.requireNonNull(expression, "expression");
    }

    /** The sum of rows {@code firstRow..lastRow} (zero-based) of a column, e.g. {@code SUM(D4:D46)}. */
    public static Formula sum(int column, int firstRow, int lastRow, Double cachedResult) {
        String letters = CellReference.convertNumToColString(column);
        return new Formula("SUM(" + letters + (firstRow + 1) + ":" + letters + (lastRow + 1) + ")", cachedResult);
    }
}
