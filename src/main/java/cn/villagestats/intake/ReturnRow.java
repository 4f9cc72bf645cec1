package cn.villagestats.intake;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import cn.villagestats.workbook.SheetCell;

/**
 * One data row of a programme sheet with its cells already mapped to the template's
 * columns (headers are resolved once per sheet). Columns the sheet lacks are absent.
 *
 * @param sheetColumns the template columns the sheet has a header for, blank cells or not
 */
public record ReturnRow(ReturnSheet sheet, String sheetName, int rowNumber, Map<ReturnColumn, SheetCell> cells,
                        Set<ReturnColumn> sheetColumns) {

    /** A row of a sheet with every template column. */
    public ReturnRow(ReturnSheet sheet, String sheetName, int rowNumber, Map<ReturnColumn, SheetCell> cells) {
        this(sheet, sheetName, rowNumber, cells, Set.copyOf(ReturnColumn.of(sheet)));
    }

    public ReturnRow {
        Objects.requireNonNull(sheetColumns, "sheetColumns");
        Objects.requireNonNull(sheet, "sheet");
        Objects.requireNonNull(sheetName, "sheetName");
        if (sheet == ReturnSheet.COVER) {
            throw new IllegalArgumentException("the cover holds no data rows");
        }
        // an EnumMap, not Map.copyOf: a row's cells are looked up a dozen times when it is validated
        EnumMap<ReturnColumn, SheetCell> copy;
        if (cells instanceof EnumMap<ReturnColumn, SheetCell> enumMap) {
            // the mapper's map: copied as one array
            copy = enumMap.clone();
            if (copy.containsValue(null)) {
                throw new NullPointerException("cell");
            }
        } else {
            copy = new EnumMap<>(ReturnColumn.class);
            cells.forEach((column, cell) -> copy.put(column, Objects.requireNonNull(cell, "cell")));
        }
        cells = Collections.unmodifiableMap(copy);
    }

    /** Whether the sheet has the column at all (its header was found), whatever this row's cell holds. */
    public boolean hasColumn(ReturnColumn column) {
        return sheetColumns.contains(column);
    }

    /** The cell under a column, blank when the column is missing or the cell is empty. */
    public SheetCell cell(ReturnColumn column) {
        SheetCell cell = cells.get(column);
        return cell != null ? cell : SheetCell.blank(0);
    }
}
