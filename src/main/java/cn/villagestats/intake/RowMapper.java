package cn.villagestats.intake;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

import cn.villagestats.workbook.CellKind;
import cn.villagestats.workbook.SheetCell;
import cn.villagestats.workbook.SheetRow;

/** Sorts a sheet row below the header into data, the village's total row, or nothing to count. */
final class RowMapper {

    private RowMapper() {
    }

    /** The row as data, or {@code null} when it was a total row or held nothing in known columns. */
    static ReturnRow classify(SheetLayout layout, Set<ReturnColumn> sheetColumns, SheetRow row,
            StreamingReturnWorkbook sink) {
        if (row.isBlank()) {
            return null;
        }
        Map<ReturnColumn, SheetCell> cells = new EnumMap<>(ReturnColumn.class);
        for (SheetCell cell : row.cells()) {
            ReturnColumn column = layout.columns().get(cell.column());
            if (column != null && !cell.isBlank()) {
                cells.put(column, cell);
            }
        }
        if (isTotal(row)) {
            sink.addTotalRow(new TotalRow(layout.sheet(), layout.sheetName(), row.number(), cells));
            return null;
        }
        if (cells.isEmpty()) {
            sink.skipRow(row);
            return null;
        }
        return new ReturnRow(layout.sheet(), layout.sheetName(), row.number(), cells, sheetColumns);
    }

    /** Whether the row's first non-blank cell is a total's label (合计, 小计). */
    private static boolean isTotal(SheetRow row) {
        for (SheetCell cell : row.cells()) {
            if (!cell.isBlank()) {
                return cell.kind() == CellKind.TEXT && HeaderNames.isTotalWord(cell.text());
            }
        }
        return false;
    }
}
