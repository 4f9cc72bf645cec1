package cn.villagestats.validation;

import cn.villagestats.intake.ReturnColumn;
import cn.villagestats.intake.ReturnRow;
import cn.villagestats.workbook.SheetCell;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the cells of one row into values and collects the row's violations, at most one
 * per cell: a cell already found bad is not judged again by a later rule.
 */
final class RowReader {

    private final ReturnRow row;
    /** Created by the first violation: most rows have none. */
    private Map<ReturnColumn, Violation> violations;

    RowReader(ReturnRow row) {
        this.row = row;
    }

    int rowNumber() {
        return row.rowNumber();
    }

    String text(ReturnColumn column, boolean required) {
        SheetCell cell = present(column, required);
        if (cell == null) {
            return null;
        }
        Parsed<String> unusable = Parsed.unusable(cell);
        return unusable != null ? value(column, unusable) : Texts.trim(cell.text());
    }

    /**
     * A text cell no longer than its column in the staging table: a longer one is rejected here
     * with its row, where the database would fail the whole return's load.
     */
    String text(ReturnColumn column, boolean required, int maxLength) {
        String text = text(column, required);
        if (text != null && text.length() > maxLength) {
            reject(column, column.header() + "最多" + maxLength + "个字，填的是" + text.length() + "个字",
                    EnglishNames.of(column) + " must have at most " + maxLength + " characters, got " + text.length());
        }
        return text;
    }

    BigDecimal number(ReturnColumn column, Unit unit, boolean required) {
        SheetCell cell = present(column, required);
        return cell == null ? null : value(column, Numbers.parse(cell, unit));
    }

    Integer whole(ReturnColumn column, Unit unit, boolean required) {
        SheetCell cell = present(column, required);
        return cell == null ? null : value(column, Numbers.parseWhole(cell, unit));
    }

    LocalDate date(ReturnColumn column, boolean required) {
        SheetCell cell = present(column, required);
        return cell == null ? null : value(column, Dates.parse(cell));
    }

    Boolean yesNo(ReturnColumn column, boolean required) {
        SheetCell cell = present(column, required);
        return cell == null ? null : value(column, YesNo.parse(cell));
    }

    String choice(ReturnColumn column, Enumerations allowed) {
        SheetCell cell = present(column, true);
        return cell == null ? null : value(column, allowed.parse(cell));
    }

    String idNumber(ReturnColumn column) {
        SheetCell cell = present(column, true);
        return cell == null ? null : value(column, IdNumberParser.parse(cell));
    }

    /** Checks {@code min <= value <= max}, rejecting the cell otherwise; a null value passes untouched. */
    boolean within(ReturnColumn column, Number value, long min, long max) {
        if (value == null) {
            return false;
        }
        if (value instanceof Integer whole && whole >= min && whole <= max) {
            return true;
        }
        // a BigDecimal's string gives back the same value and scale
        BigDecimal v = value instanceof BigDecimal decimal ? decimal : new BigDecimal(value.toString());
        if (v.compareTo(BigDecimal.valueOf(min)) >= 0 && v.compareTo(BigDecimal.valueOf(max)) <= 0) {
            return true;
        }
        reject(column, column.header() + "应在" + min + "到" + max + "之间，填的是" + v.toPlainString(),
                EnglishNames.of(column) + " must be between " + min + " and " + max + ", got " + v.toPlainString());
        return false;
    }

    /** Rejects a cell with a reason that already names the column. */
    void reject(ReturnColumn column, String reasonZh, String reasonEn) {
        if (violations == null) {
            violations = new LinkedHashMap<>();
        }
        violations.putIfAbsent(column, new Violation(row.sheetName(), row.rowNumber(), column.header(),
                typedValue(column), reasonZh, reasonEn));
    }

    boolean isValid(ReturnColumn column) {
        return violations == null || !violations.containsKey(column);
    }

    List<Violation> violations() {
        return violations == null ? new ArrayList<>() : new ArrayList<>(violations.values());
    }

    boolean hasViolations() {
        return violations != null;
    }

    /** The cell, or {@code null} when it is blank (rejected if the column is required). */
    private SheetCell present(ReturnColumn column, boolean required) {
        SheetCell cell = row.cell(column);
        if (cell.isBlank()) {
            if (required) {
                reject(column, column.header() + "：必填项为空", EnglishNames.of(column) + ": required value is missing");
            }
            return null;
        }
        return cell;
    }

    /** The parsed value, or {@code null} with the cell rejected for the parser's reason. */
    private <T> T value(ReturnColumn column, Parsed<T> parsed) {
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
