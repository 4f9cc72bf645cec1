package cn.villagestats.returns;

import java.util.List;
import java.util.Objects;

/**
 * One column of a programme sheet, as the return template defines it: the header the template
 * prints and the English alias accepted in its place, the English name the reasons use, whether
 * the column is required (its header must be there and every row must fill it) or required only
 * when another cell says so, the template's cell format and width, the values a drop-down list
 * offers, the unit its numbers are measured in, and whether the village's 合计 row is checked
 * against its sum.
 *
 * @param requiredWhen for a column that is not {@code required}: when a row must fill it all the
 *                     same (its header may then be absent while no row needs it); null otherwise
 */
public record ReturnColumn(String header, String alias, String englishName, boolean required, String requiredWhen,
                           String format, int width, List<String> allowed, Unit unit, boolean summed) {

    /** Text as typed: Excel cuts a number to 15 significant digits, so an 18-digit 身份证号 must be text. */
    public static final String TEXT = "@";
    public static final String DATE = "yyyy-mm-dd";
    public static final String WHOLE = "0";
    public static final String DECIMAL = "0.00";
    public static final String GENERAL = "General";

    public ReturnColumn {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(alias, "alias");
        Objects.requireNonNull(englishName, "englishName");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(unit, "unit");
        allowed = List.copyOf(allowed);
        if (required && requiredWhen != null) {
            throw new IllegalArgumentException(header + " is either required or required when " + requiredWhen);
        }
        if (width < 1) {
            throw new IllegalArgumentException(header + ": width must be >= 1: " + width);
        }
    }

    /** A column every row fills; its header must be on the sheet. */
    public static ReturnColumn required(String header, String alias, String englishName) {
        return new ReturnColumn(header, alias, englishName, true, null, GENERAL, defaultWidth(header), List.of(),
                Unit.NONE, false);
    }

    /** A column a row may leave blank, and a sheet may leave out. */
    public static ReturnColumn optional(String header, String alias, String englishName) {
        return new ReturnColumn(header, alias, englishName, false, null, GENERAL, defaultWidth(header), List.of(),
                Unit.NONE, false);
    }

    /** This optional column, required of the rows that meet {@code condition} (as the contract words it). */
    public ReturnColumn requiredWhen(String condition) {
        return new ReturnColumn(header, alias, englishName, false, condition, format, width, allowed, unit, summed);
    }

    public ReturnColumn format(String format) {
        return new ReturnColumn(header, alias, englishName, required, requiredWhen, format, width, allowed, unit,
                summed);
    }

    public ReturnColumn width(int width) {
        return new ReturnColumn(header, alias, englishName, required, requiredWhen, format, width, allowed, unit,
                summed);
    }

    /** The values the template's drop-down list offers, and the only ones the rules accept. */
    public ReturnColumn allowed(String... allowed) {
        return new ReturnColumn(header, alias, englishName, required, requiredWhen, format, width, List.of(allowed),
                unit, summed);
    }

    public ReturnColumn unit(Unit unit) {
        return new ReturnColumn(header, alias, englishName, required, requiredWhen, format, width, allowed, unit,
                summed);
    }

    /** The column's figures are summed, and the village's 合计 row is checked against the sum. */
    public ReturnColumn summedInTotalRow() {
        return new ReturnColumn(header, alias, englishName, required, requiredWhen, format, width, allowed, unit,
                true);
    }

    private static int defaultWidth(String header) {
        return Math.max(10, header.length() * 2 + 2);
    }
}
