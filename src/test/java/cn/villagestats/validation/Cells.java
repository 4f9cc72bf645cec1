package cn.villagestats.validation;

import cn.villagestats.workbook.CellKind;
import cn.villagestats.workbook.SheetCell;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Builds cells as the reader delivers them, for tests. */
public final class Cells {

    private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);

    private Cells() {
    }

    public static SheetCell blank() {
        return SheetCell.blank(0);
    }

    public static SheetCell text(String text) {
        return SheetCell.text(0, text);
    }

    /** A numeric cell; its text is the number without a trailing {@code .0}, as the reader writes it. */
    public static SheetCell number(double value) {
        String text = BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
        return new SheetCell(0, CellKind.NUMBER, text, value);
    }

    public static SheetCell date(LocalDate date) {
        return new SheetCell(0, CellKind.DATE, date.toString(), date.toEpochDay() - EXCEL_EPOCH.toEpochDay());
    }

    public static SheetCell bool(boolean value) {
        return new SheetCell(0, CellKind.BOOLEAN, value ? "TRUE" : "FALSE", 0);
    }

    public static SheetCell error(String errorValue) {
        return new SheetCell(0, CellKind.ERROR, errorValue, 0);
    }

    public static SheetCell formulaWithoutResult() {
        return new SheetCell(0, CellKind.FORMULA_WITHOUT_RESULT, "", 0);
    }

    /** Text as typed becomes a text cell, a number a numeric cell, a date a date cell, null a blank. */
    public static SheetCell of(Object value) {
        if (value == null) {
            return blank();
        }
        if (value instanceof SheetCell cell) {
            return cell;
        }
        if (value instanceof Number n) {
            return number(n.doubleValue());
        }
        if (value instanceof LocalDate d) {
            return date(d);
        }
        if (value instanceof Boolean b) {
            return bool(b);
        }
        return text(value.toString());
    }
}
