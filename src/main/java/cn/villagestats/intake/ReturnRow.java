package cn.villagestats.intake;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import cn.villagestats.workbook.SheetCell;
import cn.villagestats.returns.ReturnColumn;
import cn.villagestats.returns.ReturnSheet;

/**
 * One data row of a programme sheet with its cells already mapped to the template's
 * columns (headers are resolved once per sheet). Columns the sheet lacks are absent.
 */
public final class ReturnRow {

    private final ReturnSheet sheet;
    private final String sheetName;
    private final int rowNumber;
    /** By the column's place in the template: a row's cells are looked up a dozen times when it is validated. */
    private final SheetCell[] cells;
    private final boolean[] sheetColumns;

    /** A row of a sheet with every template column. */
    public ReturnRow(ReturnSheet sheet, String sheetName, int rowNumber, Map<ReturnColumn, SheetCell> cells) {
        this(sheet, sheetName, rowNumber, cells, Set.copyOf(sheet.columns()));
    }

    /** @param sheetColumns the template columns the sheet has a header for, blank cells or not */
    public ReturnRow(ReturnSheet sheet, String sheetName, int rowNumber, Map<ReturnColumn, SheetCell> cells,
                     Set<ReturnColumn> sheetColumns) {
        this(sheet, sheetName, rowNumber, cellArray(sheet, cells), columnFlags(sheet, sheetColumns));
    }

    /** The mapper's row: {@code cells} and {@code sheetColumns} by the columns' places in the template, not copied. */
    ReturnRow(ReturnSheet sheet, String sheetName, int rowNumber, SheetCell[] cells, boolean[] sheetColumns) {
        this.sheet = Objects.requireNonNull(sheet, "sheet");
        this.sheetName = Objects.requireNonNull(sheetName, "sheetName");
        Objects.requireNonNull(sheetColumns, "sheetColumns");
        if (sheet.isCover()) {
            throw new IllegalArgumentException("the cover holds no data rows");
        }
        this.rowNumber = rowNumber;
        this.cells = cells;
        this.sheetColumns = sheetColumns;
    }

    private static SheetCell[] cellArray(ReturnSheet sheet, Map<ReturnColumn, SheetCell> cells) {
        SheetCell[] array = new SheetCell[sheet.columns().size()];
        cells.forEach((column, cell) -> array[place(sheet, column)] = Objects.requireNonNull(cell, "cell"));
        return array;
    }

    private static boolean[] columnFlags(ReturnSheet sheet, Set<ReturnColumn> sheetColumns) {
        boolean[] flags = new boolean[sheet.columns().size()];
        sheetColumns.forEach(column -> flags[place(sheet, column)] = true);
        return flags;
    }

    private static int place(ReturnSheet sheet, ReturnColumn column) {
        int at = sheet.indexOf(column);
        if (at < 0) {
            throw new IllegalArgumentException(column.header() + " is no column of " + sheet.chineseName());
        }
        return at;
    }

    public ReturnSheet sheet() {
        return sheet;
    }

    public String sheetName() {
        return sheetName;
    }

    public int rowNumber() {
        return rowNumber;
    }

    /** The non-blank cells by template column, in template order. */
    public Map<ReturnColumn, SheetCell> cells() {
        Map<ReturnColumn, SheetCell> map = new LinkedHashMap<>();
        for (int i = 0; i < cells.length; i++) {
            if (cells[i] != null) {
                map.put(sheet.columns().get(i), cells[i]);
            }
        }
        return Collections.unmodifiableMap(map);
    }

    /** The cell at the column's place in the template ({@link ReturnSheet#columns()}), or null when blank. */
    public SheetCell cellAt(int place) {
        return cells[place];
    }

    /** Whether the sheet has the column at all (its header was found), whatever this row's cell holds. */
    public boolean hasColumn(ReturnColumn column) {
        int at = sheet.indexOf(column);
        return at >= 0 && sheetColumns[at];
    }

    /** The cell under a column, blank when the column is missing or the cell is empty. */
    public SheetCell cell(ReturnColumn column) {
        int at = sheet.indexOf(column);
        SheetCell cell = at < 0 ? null : cells[at];
        return cell != null ? cell : SheetCell.blank(0);
    }

    @Override
    public String toString() {
        return "ReturnRow[" + sheetName + " row " + rowNumber + " " + cells() + "]";
    }
}
