package cn.villagestats.validation;

import cn.villagestats.workbook.CellKind;
import cn.villagestats.workbook.SheetCell;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads a reporting month: {@code 2020-12}, {@code 2020年12月}, {@code 2020/12}, {@code 202012}, or a date cell. */
final class Periods {

    private static final List<Pattern> TEXT_FORMS = List.of(
            Pattern.compile("(\\d{4})[-/](\\d{1,2})"),
            Pattern.compile("(\\d{4})年(\\d{1,2})月?"),
            Pattern.compile("(\\d{4})(\\d{2})"));
    /** 2020.12 is read only from text: as a number 2020.10 would already have become 2020.1. */
    private static final Pattern DOTTED = Pattern.compile("(\\d{4})\\.(\\d{1,2})");

    private Periods() {
    }

    static Parsed<YearMonth> parse(SheetCell cell) {
        Parsed<YearMonth> unusable = Parsed.unusable(cell);
        if (unusable != null) {
            return unusable;
        }
        if (cell.kind() == CellKind.DATE) {
            Parsed<LocalDate> date = Dates.parse(cell);
            return date.isOk() ? Parsed.ok(YearMonth.from(date.value())) : notAMonth(cell);
        }
        String text = Texts.normalise(cell.text());
        for (Pattern form : TEXT_FORMS) {
            Matcher m = form.matcher(text);
            if (m.matches()) {
                return month(m, cell);
            }
        }
        Matcher dotted = DOTTED.matcher(text);
        if (cell.kind() == CellKind.TEXT && dotted.matches()) {
            return month(dotted, cell);
        }
        return notAMonth(cell);
    }

    private static Parsed<YearMonth> month(Matcher m, SheetCell cell) {
        try {
            return Parsed.ok(YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))));
        } catch (DateTimeException e) {
            return notAMonth(cell);
        }
    }

    private static Parsed<YearMonth> notAMonth(SheetCell cell) {
        return Parsed.fail("“" + cell.text() + "”不是月份，应填写如 2020-12 或 2020年12月",
                "'" + cell.text() + "' is not a month; expected e.g. 2020-12 or 2020年12月");
    }
}
