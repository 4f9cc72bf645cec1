package cn.villagestats.feedback;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.villagestats.intake.RawSheets;
import cn.villagestats.returns.ReturnSheet;
import cn.villagestats.workbook.SheetCell;
import cn.villagestats.workbook.SheetRow;
import cn.villagestats.spreadsheet.SheetBuilder;
import cn.villagestats.spreadsheet.WorkbookBuilder;
import cn.villagestats.workbook.SheetCell;
import cn.villagestats.workbook.SheetRow;

/**
 * Writes a copy of the village's own sheets into the feedback workbook, cell by cell as
 * typed (身份证号 too: the copy goes back to the clerk who typed them), and marks the
 * cells with a problem: red with the reason as a comment, or yellow.
 */
final class DataCopy implements RawSheets.Sink {

    private final WorkbookBuilder workbook;
    private final Map<String, Map<Integer, List<Problem>>> problemsBySheetAndRow;
    private SheetBuilder sheet;
    private String sheetName;
    private String templateName;
    private Map<String, Integer> columns = Map.of();

    DataCopy(WorkbookBuilder workbook, List<Problem> problems) {
        this.workbook = workbook;
        this.problemsBySheetAndRow = new HashMap<>();
        problems.stream().filter(p -> p.row() > 0).forEach(p -> problemsBySheetAndRow
                .computeIfAbsent(p.sheet(), k -> new HashMap<>())
                .computeIfAbsent(p.row(), k -> new ArrayList<>()).add(p));
    }

    @Override
    public void sheet(ReturnSheet template, String name, int headerRow, Map<String, Integer> columns) {
        this.sheet = workbook.sheet(name);
        this.sheetName = name;
        this.templateName = template.chineseName();
        this.columns = columns;
        sheet.printOnA4(true, 0);
        if (headerRow > 0) {
            sheet.freezeRows(headerRow).repeatRowsOnEveryPage(0, headerRow - 1);
        }
    }

    @Override
    public void row(SheetRow row) {
        while (sheet.rowCount() < row.number() - 1) {
            sheet.blankRow();
        }
        int width = row.cells().stream().mapToInt(SheetCell::column).max().orElse(-1) + 1;
        Object[] values = new Object[width];
        for (SheetCell cell : row.cells()) {
            values[cell.column()] = valueOf(cell);
        }
        sheet.row(values);
        for (Problem problem : problemsOf(row.number())) {
            int column = columns.getOrDefault(problem.column(), firstColumn(row));
            sheet.markLastRow(column, problem.mark(), problem.reasonZh());
        }
    }

    /**
     * The row's problems, filed under the sheet's own name or under the template's: the repeated
     * 身份证号 are found after the load, by the template's name, however the clerk named the sheet.
     */
    private List<Problem> problemsOf(int rowNumber) {
        List<Problem> own = problemsBySheetAndRow.getOrDefault(sheetName, Map.of()).getOrDefault(rowNumber, List.of());
        if (templateName.equals(sheetName)) {
            return own;
        }
        List<Problem> all = new ArrayList<>(own);
        all.addAll(problemsBySheetAndRow.getOrDefault(templateName, Map.of()).getOrDefault(rowNumber, List.of()));
        return all;
    }

    /** A problem about the whole row is marked on the row's first cell. */
    private static int firstColumn(SheetRow row) {
        return row.cells().isEmpty() ? 0 : row.cells().get(0).column();
    }

    private static Object valueOf(SheetCell cell) {
        return switch (cell.kind()) {
            case NUMBER -> cell.number();
            case DATE -> dateOf(cell);
            case BOOLEAN -> Boolean.valueOf(cell.text());
            default -> cell.text();
        };
    }

    private static Object dateOf(SheetCell cell) {
        try {
            return LocalDate.parse(cell.text());
        } catch (DateTimeParseException e) {
            return new SheetBuilder.Styled(cell.number(), "yyyy-mm-dd hh:mm");
        }
    }
}
