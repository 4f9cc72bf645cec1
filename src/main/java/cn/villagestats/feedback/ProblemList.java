package cn.villagestats.feedback;

import java.util.List;

import cn.villagestats.reporting.ReturnOutcome;
import cn.villagestats.spreadsheet.SheetBuilder;
import cn.villagestats.spreadsheet.WorkbookBuilder;

/** The feedback's first sheet, 问题清单: a one-line summary, then one line per problem. */
final class ProblemList {

    static final String SHEET = "问题清单";
    static final int FIRST_PROBLEM_ROW = 3;

    private ProblemList() {
    }

    static void write(WorkbookBuilder workbook, ReturnOutcome outcome, List<Problem> problems, boolean listedAll) {
        SheetBuilder sheet = workbook.sheet(SHEET)
                .row("共读取" + outcome.rowsRead() + "行，接收" + outcome.rowsAccepted() + "行，拒收"
                        + outcome.rowsRejected() + "行；被拒收的行请改正后重新报送，标红的单元格有批注说明原因，标黄的请核对。")
                .blankRow()
                .row("工作表", "行号", "列", "填写的值", "问题", "处理")
                .freezeRows(FIRST_PROBLEM_ROW)
                .columnWidth(0, 12).columnWidth(2, 14).columnWidth(3, 22).columnWidth(4, 60);
        for (Problem p : problems) {
            sheet.row(p.sheet(), p.row() > 0 ? p.row() : null, p.column(), p.value(), p.reasonZh(), p.kind());
        }
        if (!listedAll) {
            sheet.row("问题太多，这里只列出前" + problems.size() + "个；其余见乡镇导出的 rejected-rows 清单。");
        }
    }

    /** The whole return was turned away: why, in one sentence, and what to do. */
    static void writeRejected(WorkbookBuilder workbook, ReturnOutcome outcome) {
        workbook.sheet(SHEET).columnWidth(0, 100)
                .row("报送的文件“" + outcome.file() + "”未被接收：" + outcome.reasonZh() + "。")
                .row("请按上述原因改正后，用模板重新填报并报送整个工作簿。");
    }
}
