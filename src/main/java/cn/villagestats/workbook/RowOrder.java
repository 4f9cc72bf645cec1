package cn.villagestats.workbook;

/**
 * Excel writes a sheet's rows in ascending order, each once. A crafted file that repeats or
 * goes back to a row number would give two rows one number (and fail a load keyed on it);
 * its sheet is called damaged instead, which turns that file away alone.
 */
public final class RowOrder {

    private RowOrder() {
    }

    public static void check(int number, int previous) {
        if (number <= previous) {
            throw new IllegalStateException("row " + number + " after row " + previous);
        }
    }
}
