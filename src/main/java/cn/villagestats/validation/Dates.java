package cn.villagestats.validation;

import cn.villagestats.workbook.SheetCell;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads dates the way clerks type them: date cells, Excel serial numbers, and text such as
 * {@code 2020-05-03}, {@code 2020/5/3}, {@code 2020.5.3}, {@code 2020年5月3日}, {@code 20200503}.
 */
final class Dates {

    private static final String TIME = "(?:\\s+\\d{1,2}:\\d{2}(?::\\d{2})?)?";
    private static final List<Pattern> TEXT_FORMS = List.of(
            Pattern.compile("(\\d{4})([-/.])(\\d{1,2})\\2(\\d{1,2})" + TIME),
            Pattern.compile("(\\d{4})(年)(\\d{1,2})月(\\d{1,2})日?" + TIME),
            Pattern.compile("(\\d{4})()(\\d{2})(\\d{2})"));
    private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);
    /** Serials outside 1950..2099 are counts or amounts typed into a date column, not dates. */
    private static final long FIRST_SERIAL = serialOf(LocalDate.of(1950, 1, 1));
    private static final long LAST_SERIAL = serialOf(LocalDate.of(2099, 12, 31));
    private static final String EXPECTED_ZH = "应填写日期，如 2020-05-03";
    private static final String EXPECTED_EN = "expected a date such as 2020-05-03";

    private Dates() {
    }

    static Parsed<LocalDate> parse(SheetCell cell) {
        Parsed<LocalDate> unusable = Parsed.unusable(cell);
        if (unusable != null) {
            return unusable;
        }
        return switch (cell.kind()) {
            case DATE -> fromDateCell(cell);
            case NUMBER -> fromNumber(cell);
            case TEXT -> fromText(Texts.halfWidth(cell.text()), cell.text());
            default -> notADate(cell.text());
        };
    }

    /** A date cell is a date whatever its year; its ISO text is exact, its serial a fallback. */
    private static Parsed<LocalDate> fromDateCell(SheetCell cell) {
        String text = cell.text();
        if (isIsoDateFirst(text)) {
            return Parsed.ok(isoDate(text));
        }
        return fromSerial(cell.number(), cell.text());
    }

    /** {@code \d{4}-\d{2}-\d{2}.*}: an ISO date, then anything but a line break (as {@code .} matches). */
    private static boolean isIsoDateFirst(String text) {
        if (text.length() < 10 || text.charAt(4) != '-' || text.charAt(7) != '-'
                || !digits(text, 0, 4) || !digits(text, 5, 7) || !digits(text, 8, 10)) {
            return false;
        }
        for (int i = 10; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
                return false;
            }
        }
        return true;
    }

    /** The date {@code LocalDate.parse} reads from the first ten characters, without a formatter. */
    private static LocalDate isoDate(String text) {
        try {
            return LocalDate.of(number(text, 0, 4), number(text, 5, 7), number(text, 8, 10));
        } catch (DateTimeException e) {
            return LocalDate.parse(text.substring(0, 10)); // fails as it always did
        }
    }

    private static boolean digits(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static int number(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            value = value * 10 + (text.charAt(i) - '0');
        }
        return value;
    }

    private static Parsed<LocalDate> fromNumber(SheetCell cell) {
        // 20200503 typed as a number is a compact date, not a serial
        String text = Texts.halfWidth(cell.text());
        if (text.length() == 8 && digits(text, 0, 8)) {
            return fromText(text, cell.text());
        }
        return fromSerial(cell.number(), cell.text());
    }

    private static Parsed<LocalDate> fromSerial(double serial, String typed) {
        long day = (long) Math.floor(serial);
        if (day < FIRST_SERIAL || day > LAST_SERIAL) {
            return notADate(typed);
        }
        return Parsed.ok(EXCEL_EPOCH.plusDays(day));
    }

    private static Parsed<LocalDate> fromText(String text, String typed) {
        for (Pattern form : TEXT_FORMS) {
            Matcher m = form.matcher(text);
            if (m.matches()) {
                try {
                    return Parsed.ok(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(3)),
                            Integer.parseInt(m.group(4))));
                } catch (DateTimeException e) {
                    return Parsed.fail("“" + typed + "”不是有效的日期(没有这一天)", "'" + typed + "' is not a valid calendar date");
                }
            }
        }
        return notADate(typed);
    }

    private static Parsed<LocalDate> notADate(String typed) {
        return Parsed.fail("“" + typed + "”不是日期，" + EXPECTED_ZH, "'" + typed + "' is not a date; " + EXPECTED_EN);
    }

    /** Excel's 1900 system counts 1900-02-29, which never was; for serials past it the epoch is 1899-12-30. */
    static long serialOf(LocalDate date) {
        return date.toEpochDay() - EXCEL_EPOCH.toEpochDay();
    }
}
