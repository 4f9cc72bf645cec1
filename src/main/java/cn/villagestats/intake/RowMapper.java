package cn.villagestats.intake;

import java.util.LinkedHashMap;
import java.util.Map;

import cn.villagestats.returns.ReturnColumn;

import cn.villagestats.workbook.CellKind;
import cn.villagestats.workbook.SheetCell;
import cn.villagestats.workbook.SheetRow;

/** Sorts a sheet row below the header into data, the village's total row, or nothing to count. */
final class RowMapper {

    private RowMapper() {
    }

    /**
     * The row as data, or {@code null} when it was a total row or held nothing in known columns.
     * {@code places} gives each sheet column's place in the template (-1: none); {@code sheetColumns}
     * which template columns the sheet has.
     */
    static ReturnRow classify(SheetLayout layout, int[] places, boolean[] sheetColumns, SheetRow row,
            StreamingReturnWorkbook sink) {
        if (row.isBlank()) {
            return null;
        }
        SheetCell[] cells = new SheetCell[sheetColumns.length];
        boolean any = false;
        for (SheetCell cell : row.cells()) {
            int place = cell.column() < places.length ? places[cell.column()] : -1;
            if (place >= 0 && !cell.isBlank()) {
                cells[place] = cell;
                any = true;
            }
        }
        if (isTotal(row)) {
            Map<ReturnColumn, SheetCell> total = new LinkedHashMap<>();
            for (int i = 0; i < cells.length; i++) {
                if (cells[i] != null) {
                    total.put(layout.sheet().columns().get(i), cells[i]);
                }
            }
            sink.addTotalRow(new TotalRow(layout.sheet(), layout.sheetName(), row.number(), total));
            return null;
        }
        if (!any) {
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
