package cn.villagestats.intake;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;

import cn.villagestats.workbook.Spaces;
import cn.villagestats.returns.ReturnColumn;
import cn.villagestats.returns.ReturnSheet;

/**
 * Compares header and label texts the way the template promises: trimmed, full-width
 * folded to half-width ({@code （米）} = {@code (米)}), inner spaces and line breaks gone,
 * English aliases in any case.
 */
final class HeaderNames {

    private static final Set<String> TOTAL_WORDS = Set.of("合计", "总计", "小计");

    private HeaderNames() {
    }

    static String normalise(String text) {
        return Spaces.removeAll(Normalizer.normalize(text, Normalizer.Form.NFKC));
    }

    /** Whether a header cell's text names this column, by its Chinese header or English alias. */
    static boolean names(ReturnColumn column, String text) {
        return matches(normalise(text), column.header(), column.alias());
    }

    /** Whether a sheet name, as the workbook spells it, names this sheet. */
    static boolean names(ReturnSheet sheet, String sheetName) {
        String trimmed = Spaces.strip(sheetName);
        return trimmed.equals(sheet.chineseName()) || trimmed.equalsIgnoreCase(sheet.englishName());
    }

    /** Whether a cover label names this field; a trailing colon ({@code 村代码：}) is allowed. */
    static boolean labels(CoverField field, String text) {
        String label = normalise(text);
        while (label.endsWith(":")) {
            label = label.substring(0, label.length() - 1);
        }
        return matches(label, field.label(), field.alias());
    }

    /** Whether a cell's text marks the village's own total row. */
    static boolean isTotalWord(String text) {
        return TOTAL_WORDS.contains(normalise(text));
    }

    private static boolean matches(String normalised, String chinese, String alias) {
        return !normalised.isEmpty()
                && (normalised.equals(normalise(chinese))
                        || normalised.toLowerCase(Locale.ROOT).equals(alias.toLowerCase(Locale.ROOT)));
    }
}
