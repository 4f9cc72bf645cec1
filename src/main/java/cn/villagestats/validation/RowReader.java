package cn.villagestats.validation;

import cn.villagestats.intake.ReturnColumn;
import cn.villagestats.intake.ReturnRow;
import cn.villagestats.intake.SheetCell;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Reads the cells of one row into values and collects the row's violations, at most one
 * per cell: a cell already found bad is not judged again by a later rule.
 */
final class RowReader {

    private final ReturnRow row;
    private final Map<ReturnColumn, Violation> violations = new LinkedHashMap<>();

    RowReader(ReturnRow row) {
        this.row = row;
    }

    int rowNumber() {
        return row.rowNumber();
    }

    String text(ReturnColumn column, boolean required) {
        return read(column, required, cell -> {
            Parsed<String> unusable = Parsed.unusable(cell);
            return unusable != null ? unusable : Parsed.ok(Texts.trim(cell.text()));
        });
    }

    BigDecimal number(ReturnColumn column, Unit unit, boolean required) {
        return read(column, required, cell -> Numbers.parse(cell, unit));
    }

    Integer whole(ReturnColumn column, Unit unit, boolean required) {
        return read(column, required, cell -> Numbers.parseWhole(cell, unit));
    }

    LocalDate date(ReturnColumn column, boolean required) {
        return read(column, required, Dates::parse);
    }

    Boolean yesNo(ReturnColumn column, boolean required) {
        return read(column, required, YesNo::parse);
    }

    String choice(ReturnColumn column, Enumerations allowed) {
        return read(column, true, allowed::parse);
    }

    String idNumber(ReturnColumn column) {
        return read(column, true, IdNumberParser::parse);
    }

    /** Checks {@code min <= value <= max}, rejecting the cell otherwise; a null value passes untouched. */
    boolean within(ReturnColumn column, Number value, long min, long max) {
        if (value == null) {
            return false;
        }
        BigDecimal v = new BigDecimal(value.toString());
        if (v.compareTo(BigDecimal.valueOf(min)) >= 0 && v.compareTo(BigDecimal.valueOf(max)) <= 0) {
            return true;
        }
        reject(column, column.header() + "应在" + min + "到" + max + "之间，填的是" + v.toPlainString(),
                EnglishNames.of(column) + " must be between " + min + " and " + max + ", got " + v.toPlainString());
        return false;
    }

    /** Rejects a cell with a reason that already names the column. */
    void reject(ReturnColumn column, String reasonZh, String reasonEn) {
        violations.putIfAbsent(column, new Violation(row.sheetName(), row.rowNumber(), column.header(),
                typedValue(column), reasonZh, reasonEn));
    }

    boolean isValid(ReturnColumn column) {
        return !violations.containsKey(column);
    }

    List<Violation> violations() {
        return new ArrayList<>(violations.values());
    }

    boolean hasViolations() {
        return !violations.isEmpty();
    }

    private <T> T read(ReturnColumn column, boolean required, Function<SheetCell, Parsed<T>> parser) {
        SheetCell cell = row.cell(column);
        if (cell.isBlank()) {
            if (required) {
                reject(column, column.header() + "：必填项为空", EnglishNames.of(column) + ": required value is missing");
            }
            return null;
        }
        Parsed<T> parsed = parser.apply(cell);
        if (!parsed.isOk()) {
            reject(column, column.header() + "：" + parsed.reasonZh(), EnglishNames.of(column) + ": " + parsed.reasonEn());
        }
        return parsed.value();
    }

    private String typedValue(ReturnColumn column) {
        String typed = row.cell(column).text();
        return column == ReturnColumn.TOILET_ID_NUMBER ? IdNumbers.mask(typed) : typed;
    }
}
