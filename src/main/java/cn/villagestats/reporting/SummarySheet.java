package cn.villagestats.reporting;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import cn.villagestats.spreadsheet.Look;
import cn.villagestats.spreadsheet.SheetBuilder;

/**
 * The 汇总 sheet as a township prints, signs and files it: title, 填报单位 and 制表日期, one
 * bordered line per indicator with this period, the previous one and the change, the code for
 * machines in the last column, and the lines for the signatures at the foot. One A4 page.
 */
final class SummarySheet {

    static final String NAME = "汇总";
    static final int COLUMNS = 7;
    /** Title, 填报单位 line, header: printed again above every page. */
    static final int HEADER_ROWS = 3;

    private SummarySheet() {
    }

    /** {@code previous} holds the previous period's values by indicator; an indicator missing there shows empty. */
    static void write(SheetBuilder sheet, Heading heading, List<TownshipTotal> totals,
                      Map<String, BigDecimal> previous) {
        sheet.row(TableLooks.TITLE.of(heading.title())).mergeLastRow(0, COLUMNS - 1).lastRowHeight(30)
                .row(TableLooks.LINE.of("填报单位：" + heading.township()), null, null,
                        TableLooks.LINE.align(Look.Align.RIGHT).of("制表日期：" + heading.date()))
                .mergeLastRow(0, 2).mergeLastRow(3, COLUMNS - 1)
                .row(header("指标名称"), header("单位"), header("本期"), header("上期"), header("增减"),
                        header("报告村数"), header("指标代码"));
        for (TownshipTotal total : totals) {
            BigDecimal before = previous.get(total.indicator());
            Look value = TableLooks.value(total.unit());
            sheet.row(TableLooks.TEXT.of(total.name()), TableLooks.CENTRED.of(total.unit()), value.of(total.value()),
                    value.of(before),
                    TableLooks.TEXT.format(TableLooks.changeFormat(total.unit()))
                            .of(before == null ? null : total.value().subtract(before)),
                    TableLooks.value("个").of(total.villages()), TableLooks.TEXT.of(total.indicator()));
        }
        sheet.blankRow().row("制表人：", null, "审核人：", null, "负责人：")
                .fitColumns(8, 40)
                .printOnA4(false, 1).repeatRowsOnEveryPage(0, HEADER_ROWS - 1);
    }

    private static Look.Value header(String text) {
        return TableLooks.HEADER.of(text);
    }

    /** What heads both sheets: the title, 填报单位 and 制表日期. */
    record Heading(String title, String township, String date) {
    }
}
