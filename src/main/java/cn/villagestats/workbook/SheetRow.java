package cn.villagestats.workbook;

import java.util.List;
import java.util.Objects;

/**
 * One row of a sheet: its one-based number as Excel shows it and its non-blank cells,
 * ordered by column.
 */
public record SheetRow(String sheet, int number, List<SheetCell> cells) {

    public SheetRow {
        Objects.requireNonNull(sheet, "sheet");
        if (number < 1) {
            throw new IllegalArgumentException("row number must be >= 1: " + number);
        }
        cells = List.copyOf(cells);
    }

    /** The cell at a zero-based column, blank when the row has nothing there. */
    public SheetCell cell(int column) {
        for (SheetCell cell : cells) {
            if (cell.column() == column) {
                return cell;
            }
        }
        return SheetCell.blank(column);
    }

    public boolean isBlank() {
        for (SheetCell cell : cells) {
            if (!cell.isBlank()) {
                return false;
            }
        }
        return true;
    }
}
