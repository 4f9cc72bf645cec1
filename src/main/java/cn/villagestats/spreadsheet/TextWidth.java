package cn.villagestats.spreadsheet;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.util.Locale;

/**
 * How wide a value shows in a column, in Excel's width units (one digit): a Chinese character,
 * or any full-width one, takes two; a number is counted as its format shows it.
 */
final class TextWidth {

    private TextWidth() {
    }

    /** The widest line of {@code text}. */
    static int of(String text) {
        int widest = 0;
        int line = 0;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (c == '\n') {
                widest = Math.max(widest, line);
                line = 0;
            } else {
                line += isWide(c) ? 2 : 1;
            }
        }
        return Math.max(widest, line);
    }

    /** The width of a value as {@link SheetBuilder#row(Object...)} writes it, with an optional number format. */
    static int of(Object value, String format) {
        if (value instanceof String text) {
            return of(text);
        }
        if (value instanceof Number number) {
            return ofNumber(number, format);
        }
        if (value instanceof Formula formula) {
            return formula.cachedResult() == null ? 0 : ofNumber(formula.cachedResult(), format);
        }
        if (value instanceof LocalDate) {
            return 10;
        }
        if (value instanceof Boolean) {
            return 5;
        }
        return 0;
    }

    private static int ofNumber(Number number, String format) {
        BigDecimal decimal = number instanceof BigDecimal d ? d : new BigDecimal(number.toString());
        if (format != null) {
            try {
                return new DecimalFormat(format, DecimalFormatSymbols.getInstance(Locale.ROOT)).format(decimal).length();
            } catch (IllegalArgumentException e) {
                // not a pattern Java reads (a date, a text format): counted as plain digits below
            }
        }
        return decimal.signum() == 0 ? 1 : decimal.stripTrailingZeros().toPlainString().length();
    }

    /** East Asian wide and full-width characters: CJK ideographs, kana, hangul, CJK and full-width punctuation. */
    static boolean isWide(int c) {
        return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF) || (c >= 0xAC00 && c <= 0xD7A3)
                || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60)
                || (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x20000 && c <= 0x3FFFD);
    }
}
