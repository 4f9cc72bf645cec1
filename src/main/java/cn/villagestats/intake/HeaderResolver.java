package cn.villagestats.intake;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import cn.villagestats.workbook.SheetCell;
import cn.villagestats.workbook.SheetCursor;
import cn.villagestats.workbook.SheetRow;
import cn.villagestats.workbook.Spaces;
import cn.villagestats.workbook.UnreadableWorkbookException;
import cn.villagestats.workbook.WorkbookSource;
import cn.villagestats.returns.ReturnColumn;
import cn.villagestats.returns.ReturnSheet;

/**
 * Finds the header row of a programme sheet: the first row, within the first 10, that
 * holds every required header. A sheet without one rejects the whole return, unless the
 * clerk cleared it (no cell at all, or only title rows of one cell each): then there is
 * nothing to report, and a notice names the sheet.
 */
final class HeaderResolver {

    static final int HEADER_SEARCH_ROWS = 10;

    private HeaderResolver() {
    }

    static SheetLayout resolve(WorkbookSource source, ReturnSheet sheet, String sheetName, List<String> notices)
            throws UnreadableWorkbookException {
        List<ReturnColumn> required = sheet.columns().stream().filter(ReturnColumn::required).toList();
        List<ReturnColumn> bestMissing = required;
        // a sheet of title rows alone (one cell each, no header among them) is a sheet the clerk cleared
        boolean onlyTitles = true;
        try (SheetCursor cursor = source.openSheet(sheetName)) {
            SheetRow row;
            while ((row = cursor.next()) != null && (row.number() <= HEADER_SEARCH_ROWS || onlyTitles)) {
                onlyTitles &= filledCells(row) <= 1;
                if (row.number() > HEADER_SEARCH_ROWS) {
                    continue;
                }
                Map<Integer, ReturnColumn> columns = columnsOf(sheet, row);
                onlyTitles &= columns.isEmpty();
                List<ReturnColumn> missing = new ArrayList<>(required);
                missing.removeAll(columns.values());
                if (missing.isEmpty()) {
                    noteUnknownColumns(sheetName, row, columns, notices);
                    return new SheetLayout(sheet, sheetName, row.number(), columns);
                }
                if (missing.size() < bestMissing.size()) {
                    bestMissing = missing;
                }
            }
        }
        if (onlyTitles) {
            notices.add("工作表“" + sheetName + "”没有表头和数据，视为本期没有" + sheet.chineseName() + "数据 / sheet "
                    + sheetName + " holds no header and no data: nothing to report for " + sheet.chineseName());
            return SheetLayout.empty(sheet, sheetName);
        }
        String headers = bestMissing.stream().map(ReturnColumn::header).collect(Collectors.joining("、"));
        String aliases = bestMissing.stream()
                .map(c -> c.header() + " (" + c.alias() + ")").collect(Collectors.joining(", "));
        throw new UnreadableReturnException(
                "工作表“" + sheetName + "”前" + HEADER_SEARCH_ROWS + "行中找不到表头：" + headers,
                "sheet " + sheetName + " has no header row with " + aliases + " in its first "
                        + HEADER_SEARCH_ROWS + " rows");
    }

    private static int filledCells(SheetRow row) {
        int filled = 0;
        for (SheetCell cell : row.cells()) {
            if (!cell.isBlank()) {
                filled++;
            }
        }
        return filled;
    }

    /** Template columns by sheet column; a header seen twice keeps its first column. */
    private static Map<Integer, ReturnColumn> columnsOf(ReturnSheet sheet, SheetRow row) {
        Map<Integer, ReturnColumn> columns = new LinkedHashMap<>();
        for (SheetCell cell : row.cells()) {
            for (ReturnColumn column : sheet.columns()) {
                if (HeaderNames.names(column, cell.text()) && !columns.containsValue(column)) {
                    columns.put(cell.column(), column);
                }
            }
        }
        return columns;
    }

    private static void noteUnknownColumns(String sheetName, SheetRow header, Map<Integer, ReturnColumn> columns,
            List<String> notices) {
        List<String> unknown = new ArrayList<>();
        for (SheetCell cell : header.cells()) {
            if (!columns.containsKey(cell.column())) {
                unknown.add("“" + Spaces.strip(cell.text()) + "”");
            }
        }
        if (!unknown.isEmpty()) {
            notices.add("工作表“" + sheetName + "”第" + header.number() + "行的列" + String.join("、", unknown)
                    + "不是模板中的列，已忽略 / unknown columns ignored");
        }
    }
}
