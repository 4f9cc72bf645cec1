package cn.villagestats.validation;

import cn.villagestats.workbook.SheetCell;
import cn.villagestats.workbook.Spaces;
import cn.villagestats.returns.Unit;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads numbers the way clerks type them: numeric cells, and text such as {@code 1,250},
 * full-width {@code １２５０}, {@code 1250米} (when the unit is the column's) or {@code 1250.0}.
 */
final class Numbers {

    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+|\\d{1,3}(,\\d{3})+)(\\.\\d+)?|[+-]?\\.\\d+");
    private static final Pattern NUMBER_WITH_SUFFIX = Pattern.compile("([+-]?[\\d,]*\\.?\\d+)\\s*(\\D+)");
    /** Beyond this a whole-number column is surely mistyped; also keeps values inside int. */
    private static final BigDecimal WHOLE_LIMIT = BigDecimal.valueOf(1_000_000_000);

    private Numbers() {
    }

    static Parsed<BigDecimal> parse(SheetCell cell, Unit unit) {
        Parsed<BigDecimal> unusable = Parsed.unusable(cell);
        if (unusable != null) {
            return unusable;
        }
        return switch (cell.kind()) {
            case NUMBER -> Parsed.ok(ofNumber(cell.number()));
            case TEXT -> parseText(cell.text(), unit);
            case DATE -> Parsed.fail("填的是日期(" + cell.text() + ")，应填写数字",
                    "holds a date (" + cell.text() + "); expected a number");
            default -> notANumber(cell.text());
        };
    }

    /** Like {@link #parse} but the value must be a whole number, as counts are. */
    static Parsed<Integer> parseWhole(SheetCell cell, Unit unit) {
        Parsed<BigDecimal> parsed = parse(cell, unit);
        if (!parsed.isOk()) {
            return Parsed.fail(parsed.reasonZh(), parsed.reasonEn());
        }
        BigDecimal value = parsed.value();
        if (value.scale() > 0) {
            return Parsed.fail("应为整数，填的是" + value.toPlainString(),
                    "must be a whole number, got " + value.toPlainString());
        }
        if (value.abs().compareTo(WHOLE_LIMIT) >= 0) {
            return Parsed.fail("数值过大(" + value.toPlainString() + ")", "value too large (" + value.toPlainString() + ")");
        }
        return Parsed.ok(value.intValueExact());
    }

    private static Parsed<BigDecimal> parseText(String text, Unit unit) {
        String number = strip(unit, Texts.halfWidth(text));
        if (NUMBER.matcher(number).matches()) {
            return Parsed.ok(tidy(new BigDecimal(number.replace(",", ""))));
        }
        Matcher withSuffix = NUMBER_WITH_SUFFIX.matcher(number);
        if (withSuffix.matches() && NUMBER.matcher(withSuffix.group(1)).matches()) {
            String expected = unit == Unit.NONE ? "不带单位" : "以" + unit.symbol() + "为单位";
            String expectedEn = unit == Unit.NONE ? "no unit" : "the unit " + unit.symbol();
            return Parsed.fail("单位“" + withSuffix.group(2) + "”不对，应" + expected + "的数字",
                    "unit '" + withSuffix.group(2) + "' is wrong; expected a number in " + expectedEn);
        }
        return notANumber(text);
    }

    private static <T> Parsed<T> notANumber(String text) {
        return Parsed.fail("“" + text + "”不是数字，应填写数字，如 1250",
                "'" + text + "' is not a number; expected a number such as 1250");
    }

    /**
     * A numeric cell's value, tidied. A whole number of up to 15 digits needs no trip
     * through {@code Double.toString}: its digits are exact and the tidy scale is 0.
     */
    static BigDecimal ofNumber(double number) {
        if (number == Math.rint(number) && Math.abs(number) < 1e15) {
            return BigDecimal.valueOf((long) number);
        }
        return tidy(BigDecimal.valueOf(number));
    }

    /** 1250.0 and 1250 are the same value; keep the scale natural and never negative. */
    private static BigDecimal tidy(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    /** The number part of {@code text} when it ends in one of the unit's spellings, else the text unchanged. */
    private static String strip(Unit unit, String text) {
        String lowerCase = text.toLowerCase();
        for (String s : unit.spellings()) {
            if (lowerCase.endsWith(s) && text.length() > s.length()) {
                return Spaces.strip(text.substring(0, text.length() - s.length()));
            }
        }
        return text;
    }
}
