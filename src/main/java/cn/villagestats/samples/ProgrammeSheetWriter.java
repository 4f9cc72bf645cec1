package cn.villagestats.samples;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import cn.villagestats.programme.roads.RoadSheet;
import cn.villagestats.returns.ReturnColumn;
import cn.villagestats.samples.SampleCells.AreaFormula;
import cn.villagestats.spreadsheet.Formula;
import cn.villagestats.spreadsheet.SheetBuilder;

/**
 * Writes one programme sheet: an optional merged title, the header row, the data rows
 * (with a blank row in the middle for some clerks) and an optional 合计 row whose sums
 * agree with the data. A total is a {@code SUM} formula when its column holds only numbers
 * (as Excel would compute it) and a typed number otherwise.
 */
final class ProgrammeSheetWriter {

    private final ReturnLayout layout;

    ProgrammeSheetWriter(ReturnLayout layout) {
        this.layout = layout;
    }

    /** The columns this clerk's template has, in its order; 序号 stays first. */
    List<ReturnColumn> columns(List<ReturnColumn> template, List<ReturnColumn> omitted) {
        List<ReturnColumn> columns = new ArrayList<>(template);
        columns.removeAll(omitted);
        if (layout.reorderedColumns()) {
            Collections.rotate(columns.subList(1, columns.size()), 3);
        }
        return columns;
    }

    void write(SheetBuilder sheet, String title, List<ReturnColumn> columns, List<Map<ReturnColumn, Object>> rows,
               Map<ReturnColumn, Number> totals) {
        int excelRow = 0;
        if (title != null) {
            sheet.row(title).mergeLastRow(0, columns.size() - 1);
            excelRow++;
        }
        sheet.row(columns.stream().map(c -> HeaderLabels.of(c, layout.headers())).toArray());
        excelRow++;
        int firstData = excelRow + 1;
        for (int i = 0; i < rows.size(); i++) {
            if (layout.blankRowInMiddle() && rows.size() >= 4 && i == rows.size() / 2) {
                sheet.blankRow();
                excelRow++;
            }
            excelRow++;
            sheet.row(values(columns, rows.get(i), excelRow));
        }
        if (layout.totalRows() && !rows.isEmpty()) {
            sheet.row(totalRow(columns, rows, totals, firstData, excelRow));
        }
    }

    private Object[] values(List<ReturnColumn> columns, Map<ReturnColumn, Object> cells, int excelRow) {
        Object[] values = new Object[columns.size()];
        for (int c = 0; c < columns.size(); c++) {
            Object value = cells.get(columns.get(c));
            if (value instanceof AreaFormula area) {
                String expression = letter(columns.indexOf(RoadSheet.LENGTH_M)) + excelRow + "*"
                        + letter(columns.indexOf(RoadSheet.WIDTH_M)) + excelRow;
                value = new Formula(expression, area.cachedResult());
            }
            values[c] = value;
        }
        return values;
    }

    private Object[] totalRow(List<ReturnColumn> columns, List<Map<ReturnColumn, Object>> rows,
                              Map<ReturnColumn, Number> totals, int firstData, int lastData) {
        Object[] values = new Object[columns.size()];
        values[0] = "合计";
        for (int c = 1; c < columns.size(); c++) {
            ReturnColumn column = columns.get(c);
            Number total = totals.get(column);
            if (total == null) {
                continue;
            }
            boolean allNumeric = rows.stream().map(r -> r.get(column))
                    .allMatch(v -> v == null || v instanceof Number || v instanceof AreaFormula);
            String range = letter(c) + firstData + ":" + letter(c) + lastData;
            values[c] = allNumeric ? new Formula("SUM(" + range + ")", total.doubleValue()) : total;
        }
        return values;
    }

    private static String letter(int column) {
        if (column < 0 || column > 25) {
            throw new IllegalArgumentException("column out of range: " + column);
        }
        return String.valueOf((char) ('A' + column));
    }
}
