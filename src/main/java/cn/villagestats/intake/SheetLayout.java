package cn.villagestats.intake;

import java.util.Map;
import java.util.Objects;

/**
 * Where a programme sheet's header row is and which template column each sheet column
 * holds, resolved once when the return is opened.
 */
record SheetLayout(ReturnSheet sheet, String sheetName, int headerRow, Map<Integer, ReturnColumn> columns) {

    SheetLayout {
        Objects.requireNonNull(sheet, "sheet");
        Objects.requireNonNull(sheetName, "sheetName");
        if (headerRow < 1) {
            throw new IllegalArgumentException("header row must be >= 1: " + headerRow);
        }
        columns = Map.copyOf(columns);
    }
}
