package cn.villagestats.workbook;

/**
 * Excel writes a sheet's rows in ascending order, each once. A crafted file that repeats or
 * goes back to a row number would stage two rows under one number and fail the whole load
 * on the table's key; its sheet is called damaged instead, which rejects that return alone.
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
