package cn.villagestats.feedback;

import java.util.Objects;

import cn.villagestats.spreadsheet.Mark;

/**
 * One problem of a return as the feedback shows it: where, the value (身份证号 masked), why
 * in Chinese, and whether it rejected the row or is only a warning.
 *
 * @param row    one-based row number; 0 for a sheet or the whole return
 * @param column the template header; empty when the problem is not about one column
 */
record Problem(String sheet, int row, String column, String value, String reasonZh, Mark mark) {

    Problem {
        Objects.requireNonNull(sheet, "sheet");
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(reasonZh, "reasonZh");
        Objects.requireNonNull(mark, "mark");
    }

    String kind() {
        return mark == Mark.REJECTED ? "拒收" : "提醒";
    }
}
