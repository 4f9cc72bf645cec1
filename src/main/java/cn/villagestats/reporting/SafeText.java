package cn.villagestats.reporting;

import cn.villagestats.spreadsheet.SheetBuilder;

/**
 * Text from village returns is written to files the county opens in a spreadsheet: a
 * value such as {@code =HYPERLINK(...)} must be shown, never run.
 */
final class SafeText {

    private SafeText() {
    }

    static String of(Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        return SheetBuilder.looksLikeFormula(text) ? "'" + text : text;
    }
}
