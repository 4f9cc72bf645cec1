package cn.villagestats.validation;

import cn.villagestats.intake.ReturnRow;
import cn.villagestats.workbook.SheetCell;
import cn.villagestats.returns.ReturnColumn;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the cells of one row into values and collects the row's violations, at most one
 * per cell: a cell already found bad is not judged again by a later rule. A row rule reads
 * its row through one; numbers are read in their column's unit.
 */
public final class RowReader {

    private final ReturnRow row;
    /** Created by the first violation: most rows have none. */
    private Map<ReturnColumn, Violation> violations;
    /** The column read as a 身份证号, whose typed value a violation quotes masked. */
    private ReturnColumn idNumberColumn;

    public RowReader(ReturnRow row) {
        this.row = row;
    }

    public int rowNumber() {
        return row.rowNumber();
    }

    public String text(ReturnColumn column, boolean required) {
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
    public String text(ReturnColumn column, boolean required, int maxLength) {
        String text = text(column, required);
        if (text != null && text.length() > maxLength) {
            reject(column, column.header() + "最多" + maxLength + "个字，填的是" + text.length() + "个字",
                    column.englishName() + " must have at most " + maxLength + " characters, got " + text.length());
        }
        return text;
    }

    /** A number in the column's unit. */
    public BigDecimal number(ReturnColumn column, boolean required) {
        SheetCell cell = present(column, required);
        return cell == null ? null : value(column, Numbers.parse(cell, column.unit()));
    }

    /** A whole number in the column's unit. */
    public Integer whole(ReturnColumn column, boolean required) {
        SheetCell cell = present(column, required);
        return cell == null ? null : value(column, Numbers.parseWhole(cell, column.unit()));
    }

    public LocalDate date(ReturnColumn column, boolean required) {
        SheetCell cell = present(column, required);
        return cell == null ? null : value(column, Dates.parse(cell));
    }

    public Boolean yesNo(ReturnColumn column, boolean required) {
        SheetCell cell = present(column, required);
        return cell == null ? null : value(column, YesNo.parse(cell));
    }

    public String choice(ReturnColumn column, Enumerations allowed) {
        SheetCell cell = present(column, true);
        return cell == null ? null : value(column, allowed.parse(cell));
    }

    public String idNumber(ReturnColumn column) {
        idNumberColumn = column;
        SheetCell cell = present(column, true);
        return cell == null ? null : value(column, IdNumberParser.parse(cell));
    }

    /** Checks {@code min <= value <= max}, rejecting the cell otherwise; a null value passes untouched. */
    public boolean within(ReturnColumn column, Number value, long min, long max) {
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
                column.englishName() + " must be between " + min + " and " + max + ", got " + v.toPlainString());
        return false;
    }

    /** Rejects a cell with a reason that already names the column. */
    public void reject(ReturnColumn column, String reasonZh, String reasonEn) {
        if (violations == null) {
            violations = new LinkedHashMap<>();
        }
        violations.putIfAbsent(column, new Violation(row.sheetName(), row.rowNumber(), column.header(),
                typedValue(column), reasonZh, reasonEn));
    }

    public boolean isValid(ReturnColumn column) {
        return violations == null || !violations.containsKey(column);
    }

    public List<Violation> violations() {
        return violations == null ? new ArrayList<>() : new ArrayList<>(violations.values());
    }

    public boolean hasViolations() {
        return violations != null;
    }

    /** The cell, or {@code null} when it is blank (rejected if the column is required). */
    private SheetCell present(ReturnColumn column, boolean required) {
        SheetCell cell = row.cell(column);
        if (cell.isBlank()) {
            if (required) {
                reject(column, column.header() + "：必填项为空", column.englishName() + ": required value is missing");
            }
            return null;
        }
        return cell;
    }

    /** The parsed value, or {@code null} with the cell rejected for the parser's reason. */
    private <T> T value(ReturnColumn column, Parsed<T> parsed) {
        if (!parsed.isOk()) {
            reject(column, column.header() + "：" + parsed.reasonZh(), column.englishName() + ": " + parsed.reasonEn());
        }
        return parsed.value();
    }

    private String typedValue(ReturnColumn column) {
        String typed = row.cell(column).text();
        return column == idNumberColumn ? IdNumbers.mask(typed) : typed;
    }
}
