package cn.villagestats.validation;

import cn.villagestats.workbook.SheetCell;

/**
 * What a cell parser made of one cell: a value, or why there is none in Chinese and
 * English. Reasons are fragments that the caller prefixes with the column's name.
 */
record Parsed<T>(T value, String reasonZh, String reasonEn) {

    Parsed {
        if ((value == null) == (reasonZh == null || reasonEn == null)) {
            throw new IllegalArgumentException("a parse result holds a value or a reason, not both");
        }
    }

    static <T> Parsed<T> ok(T value) {
        return new Parsed<>(value, null, null);
    }

    static <T> Parsed<T> fail(String reasonZh, String reasonEn) {
        return new Parsed<>(null, reasonZh, reasonEn);
    }

    boolean isOk() {
        return value != null;
    }

    /**
     * The failure every parser shares for cells that carry no usable value at all: an
     * error value or a formula nobody calculated. {@code null} when the cell is usable.
     */
    static <T> Parsed<T> unusable(SheetCell cell) {
        return switch (cell.kind()) {
            case FORMULA_WITHOUT_RESULT -> fail("公式没有计算结果", "formula has no calculated result");
            case ERROR -> fail("单元格是错误值" + cell.text() + "，请改正公式或重新填写",
                    "the cell holds the error value " + cell.text() + "; fix the formula or retype the value");
            default -> null;
        };
    }
}
