package cn.villagestats.intake;

import java.util.Map;
import java.util.Objects;

import cn.villagestats.returns.ReturnColumn;
import cn.villagestats.returns.ReturnSheet;

/**
 * Where a programme sheet's header row is and which template column each sheet column
 * holds, resolved once when the return is opened. A header row of 0 marks a sheet the
 * clerk cleared (no cell, or only title rows): nothing to report, no row to read.
 */
record SheetLayout(ReturnSheet sheet, String sheetName, int headerRow, Map<Integer, ReturnColumn> columns) {

    SheetLayout {
        Objects.requireNonNull(sheet, "sheet");
        Objects.requireNonNull(sheetName, "sheetName");
        if (headerRow < 0) {
            throw new IllegalArgumentException("header row must be >= 0: " + headerRow);
        }
        columns = Map.copyOf(columns);
        if (headerRow == 0 && !columns.isEmpty()) {
            throw new IllegalArgumentException("a sheet without a header has no columns");
        }
    }

    /** A cleared sheet: nothing to report. */
    static SheetLayout empty(ReturnSheet sheet, String sheetName) {
        return new SheetLayout(sheet, sheetName, 0, Map.of());
    }

    boolean isEmpty() {
        return headerRow == 0;
    }
}
