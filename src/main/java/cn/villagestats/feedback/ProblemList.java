package cn.villagestats.feedback;

import java.util.List;

import cn.villagestats.reporting.ReturnOutcome;
import cn.villagestats.spreadsheet.Look;
import cn.villagestats.spreadsheet.Shade;
import cn.villagestats.spreadsheet.SheetBuilder;
import cn.villagestats.spreadsheet.WorkbookBuilder;

/**
 * The feedback's first sheet, 问题清单: a one-line summary, then one line per problem, its
 * 处理 filled as the copy marks the cell (red 拒收, yellow 提醒). Reasons wrap in a column that
 * fits them; the sheet prints on A4, one page wide, the header on every page.
 */
final class ProblemList {

    static final String SHEET = "问题清单";
    static final int FIRST_PROBLEM_ROW = 3;
    private static final int COLUMNS = 6;
    private static final int REASON_COLUMN = 4;
    /** The reason's column: wide enough for most reasons on one line, a longer one wraps. */
    private static final int REASON_WIDTH = 50;

    private static final Look NOTE = Look.PLAIN.withWrapping();
    private static final Look HEADER = Look.PLAIN.asBold().withBorders().withWrapping().align(Look.Align.CENTRE)
            .shade(Shade.GREY);
    private static final Look CELL = Look.PLAIN.withBorders();
    private static final Look REASON = CELL.withWrapping();

    private ProblemList() {
    }

    static void write(WorkbookBuilder workbook, ReturnOutcome outcome, List<Problem> problems, boolean listedAll) {
        SheetBuilder sheet = workbook.sheet(SHEET)
                .row(NOTE.of("共读取" + outcome.rowsRead() + "行，接收" + outcome.rowsAccepted() + "行，拒收"
                        + outcome.rowsRejected() + "行；被拒收的行请改正后重新报送，标红的单元格有批注说明原因，标黄的请核对。"))
                .mergeLastRow(0, COLUMNS - 1).lastRowHeight(32)
                .blankRow()
                .row(HEADER.of("工作表"), HEADER.of("行号"), HEADER.of("列"), HEADER.of("填写的值"), HEADER.of("问题"),
                        HEADER.of("处理"))
                .freezeRows(FIRST_PROBLEM_ROW);
        for (Problem p : problems) {
            sheet.row(CELL.of(p.sheet()), CELL.align(Look.Align.RIGHT).of(p.row() > 0 ? p.row() : null),
                    CELL.of(p.column()), CELL.of(p.value()), REASON.of(p.reasonZh()),
                    CELL.align(Look.Align.CENTRE).shade(p.mark().shade()).of(p.kind()))
                    .fitLastRowHeight(REASON_COLUMN, REASON_WIDTH);
        }
        if (!listedAll) {
            sheet.row(NOTE.of("问题太多，这里只列出前" + problems.size() + "个；其余见乡镇导出的 rejected-rows 清单。"))
                    .mergeLastRow(0, COLUMNS - 1);
        }
        sheet.fitColumns(6, REASON_WIDTH).columnWidth(REASON_COLUMN, REASON_WIDTH).printOnA4(true, 0).repeatRowsOnEveryPage(FIRST_PROBLEM_ROW - 1, FIRST_PROBLEM_ROW - 1);
    }

    /** The whole return was turned away: why, in one sentence, and what to do. */
    static void writeRejected(WorkbookBuilder workbook, ReturnOutcome outcome) {
        workbook.sheet(SHEET).columnWidth(0, 100)
                .row(NOTE.of("报送的文件“" + outcome.file() + "”未被接收：" + outcome.reasonZh() + "。"))
                .row(NOTE.of("请按上述原因改正后，用模板重新填报并报送整个工作簿。"))
                .printOnA4(false, 1);
    }
}
