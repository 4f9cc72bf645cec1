package cn.villagestats.workbook;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;

import cn.villagestats.workbook.CellKind;
import cn.villagestats.workbook.SheetCell;

/** Turns stored numbers, dates and errors into the text a clerk would see in the cell. */
public final class CellTexts {

    /** Days between the 1904 and the 1900 date systems' day zero. */
    private static final int DAYS_1904_TO_1900 = 1462;
    private static final double WHOLE_LIMIT = 1e15;
    /** Excel keeps and shows 15 significant digits of a number. */
    private static final MathContext EXCEL_DIGITS = new MathContext(15, RoundingMode.HALF_UP);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");
    /** Day zero of each date system, counted the way whole serials after 1900-02-28 count (Excel's 1900-02-29 is before). */
    private static final LocalDate DAY_ZERO_1900 = LocalDate.of(1899, 12, 30);
    private static final LocalDate DAY_ZERO_1904 = LocalDate.of(1904, 1, 1);
    /** 1900-03-01, the first serial after the day Excel counts that never was. */
    private static final double FIRST_PLAIN_1900 = 61;
    /** 9999-12-31, Excel's last day. */
    private static final double LAST_1900 = 2_958_465;

    private CellTexts() {
    }

    /**
     * A number as plain decimal text, as Excel shows it: {@code 1250.0} is {@code 1250}, never
     * E notation, and at most 15 significant digits, so a big whole number (an id typed as a
     * number, {@code 370982196602012030} as stored) reads {@code 370982196602012000}.
     */
    static String number(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return Double.toString(value);
        }
        // below 2^53 a whole double is an exact long: the common case, without BigDecimal
        if (value == Math.rint(value) && Math.abs(value) < WHOLE_LIMIT) {
            return Long.toString((long) value);
        }
        String plain = new BigDecimal(value).round(EXCEL_DIGITS).stripTrailingZeros().toPlainString();
        return plain.equals("-0") ? "0" : plain;
    }

    /**
     * A numeric cell with a date format: a DATE cell with ISO text and the 1900 serial, or a
     * plain NUMBER when the value is no valid date (negative, say).
     */
    public static SheetCell dateOrNumber(int column, double value, boolean date1904) {
        double serial1900 = date1904 ? value + DAYS_1904_TO_1900 : value;
        if (value == Math.rint(value) && serial1900 >= FIRST_PLAIN_1900 && serial1900 <= LAST_1900) {
            // a whole day, the common case: plain arithmetic, where POI goes through a Calendar
            LocalDate day = date1904 ? DAY_ZERO_1904.plusDays((long) value) : DAY_ZERO_1900.plusDays((long) value);
            return new SheetCell(column, CellKind.DATE, day.toString(), serial1900);
        }
        if (!DateUtil.isValidExcelDate(value)) {
            return new SheetCell(column, CellKind.NUMBER, number(value), value);
        }
        LocalDateTime dateTime = DateUtil.getLocalDateTime(value, date1904, true);
        if (dateTime == null) {
            return new SheetCell(column, CellKind.NUMBER, number(value), value);
        }
        String text = dateTime.toLocalTime().toSecondOfDay() == 0
                ? dateTime.toLocalDate().toString()
                : dateTime.format(DATE_TIME);
        return new SheetCell(column, CellKind.DATE, text, serial1900);
    }

    public static SheetCell numeric(int column, double value, boolean dateFormat, boolean date1904) {
        return dateFormat
                ? dateOrNumber(column, value, date1904)
                : new SheetCell(column, CellKind.NUMBER, number(value), value);
    }

    public static SheetCell bool(int column, boolean value) {
        return new SheetCell(column, CellKind.BOOLEAN, value ? "TRUE" : "FALSE", 0);
    }

    public static SheetCell error(int column, int code) {
        String text;
        try {
            text = FormulaError.forInt(code).getString();
        } catch (IllegalArgumentException unknown) {
            text = "#ERROR";
        }
        return new SheetCell(column, CellKind.ERROR, text, 0);
    }

    public static SheetCell error(int column, String text) {
        return new SheetCell(column, CellKind.ERROR, text, 0);
    }
}
