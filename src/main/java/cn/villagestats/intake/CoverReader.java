package cn.villagestats.intake;

import java.util.EnumMap;
import java.util.Map;

import cn.villagestats.workbook.SheetCell;
import cn.villagestats.workbook.SheetCursor;
import cn.villagestats.workbook.SheetRow;
import cn.villagestats.workbook.UnreadableWorkbookException;
import cn.villagestats.workbook.WorkbookSource;

/**
 * Reads the cover's labelled values: a label in one of the first 6 columns of the first
 * 20 rows, its value in the cell to its right. The first label found for a field wins.
 */
final class CoverReader {

    static final int COVER_ROWS = 20;
    static final int COVER_LABEL_COLUMNS = 6;

    private CoverReader() {
    }

    static Map<CoverField, SheetCell> read(WorkbookSource source, String sheetName)
            throws UnreadableWorkbookException {
        Map<CoverField, SheetCell> values = new EnumMap<>(CoverField.class);
        try (SheetCursor cursor = source.openSheet(sheetName)) {
            SheetRow row;
            while ((row = cursor.next()) != null && row.number() <= COVER_ROWS) {
                for (SheetCell cell : row.cells()) {
                    if (cell.column() < COVER_LABEL_COLUMNS) {
                        take(row, cell, values);
                    }
                }
            }
        }
        return values;
    }

    private static void take(SheetRow row, SheetCell label, Map<CoverField, SheetCell> values) {
        for (CoverField field : CoverField.values()) {
            if (!values.containsKey(field) && HeaderNames.labels(field, label.text())) {
                SheetCell value = row.cell(label.column() + 1);
                if (!value.isBlank()) {
                    values.put(field, value);
                }
                return;
            }
        }
    }
}
