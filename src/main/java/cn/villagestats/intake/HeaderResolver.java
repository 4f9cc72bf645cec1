package cn.villagestats.intake;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Finds the header row of a programme sheet: the first row, within the first 10, that
 * holds every required header. A sheet without one rejects the whole return.
 */
final class HeaderResolver {

    static final int HEADER_SEARCH_ROWS = 10;

    private HeaderResolver() {
    }

    static SheetLayout resolve(WorkbookSource source, ReturnSheet sheet, String sheetName, List<String> notices)
            throws UnreadableReturnException {
        Set<ReturnColumn> required = EnumSet.noneOf(ReturnColumn.class);
        ReturnColumn.of(sheet).stream().filter(ReturnColumn::requiredHeader).forEach(required::add);
        Set<ReturnColumn> bestMissing = required;
        try (SheetCursor cursor = source.openSheet(sheetName)) {
            SheetRow row;
            while ((row = cursor.next()) != null && row.number() <= HEADER_SEARCH_ROWS) {
                Map<Integer, ReturnColumn> columns = columnsOf(sheet, row);
                Set<ReturnColumn> missing = EnumSet.copyOf(required);
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
        String headers = bestMissing.stream().map(ReturnColumn::header).collect(Collectors.joining("、"));
        String aliases = bestMissing.stream()
                .map(c -> c.header() + " (" + c.alias() + ")").collect(Collectors.joining(", "));
        throw new UnreadableReturnException(
                "工作表“" + sheetName + "”前" + HEADER_SEARCH_ROWS + "行中找不到表头：" + headers,
                "sheet " + sheetName + " has no header row with " + aliases + " in its first "
                        + HEADER_SEARCH_ROWS + " rows");
    }

    /** Template columns by sheet column; a header seen twice keeps its first column. */
    private static Map<Integer, ReturnColumn> columnsOf(ReturnSheet sheet, SheetRow row) {
        Map<Integer, ReturnColumn> columns = new LinkedHashMap<>();
        for (SheetCell cell : row.cells()) {
            for (ReturnColumn column : ReturnColumn.of(sheet)) {
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
