package cn.villagestats.workbook.xlsx;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;

import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.model.SharedStrings;

import cn.villagestats.workbook.CellKind;
import cn.villagestats.workbook.CellTexts;
import cn.villagestats.workbook.SheetCell;

/**
 * Turns one {@code <c>} element's parts (type, style, value, formula, inline text) into a
 * {@link SheetCell}, using the workbook's shared strings, number formats and date system.
 */
final class XlsxCellReader {

    /** The shared strings by index. */
    interface SharedStringLookup {
        String get(int index);
    }

    private final SharedStringLookup strings;
    private final DateStyles dateStyles;
    private final boolean date1904;

    XlsxCellReader(SharedStringLookup strings, DateStyles dateStyles, boolean date1904) {
        this.strings = strings;
        this.dateStyles = dateStyles;
        this.date1904 = date1904;
    }

    XlsxCellReader(SharedStrings strings, DateStyles dateStyles, boolean date1904) {
        this(index -> strings.getItemAt(index).getString(), dateStyles, date1904);
    }

    /** A {@code t="s"} cell whose value, the index into the shared strings, was read as a number. */
    SheetCell sharedString(int column, int index) {
        return SheetCell.text(column, strings.get(index));
    }

    /** A numeric cell whose value was read as a number; {@code style} is -1 when the cell has none. */
    SheetCell number(int column, int style, double value) {
        return CellTexts.numeric(column, value, style >= 0 && dateStyles.isDate(style), date1904);
    }

    /** Any cell from its parts as text; {@code style} is -1 when the cell has none. */
    SheetCell cell(int column, String type, int style, String value, String formula, String inline) {
        String t = type == null ? "n" : type;
        if (t.equals("inlineStr")) {
            return inline == null ? SheetCell.blank(column) : SheetCell.text(column, inline);
        }
        if (value != null && value.isBlank() && !t.equals("str")) {
            // an empty <v/>, as some writers save a formula they did not calculate: no cached value
            value = null;
        }
        if (value == null) {
            if (formula != null) {
                String text = formula.isEmpty() ? "" : "=" + formula;
                return new SheetCell(column, CellKind.FORMULA_WITHOUT_RESULT, text, 0);
            }
            return SheetCell.blank(column);
        }
        return switch (t) {
            case "s" -> sharedString(column, Integer.parseInt(value.strip()));
            case "str" -> SheetCell.text(column, value);
            case "b" -> CellTexts.bool(column, value.strip().equals("1") || value.strip().equalsIgnoreCase("true"));
            case "e" -> CellTexts.error(column, value);
            case "d" -> isoDate(column, value);
            default -> numberOrText(column, style, value);
        };
    }

    /** NaN or a number past a double's range is no figure: kept as text, for the cell's rule to reject. */
    private SheetCell numberOrText(int column, int style, String value) {
        double number = Double.parseDouble(value.strip());
        return Double.isFinite(number) ? number(column, style, number) : SheetCell.text(column, value.strip());
    }

    /** Strict OOXML may store a date as ISO text ({@code t="d"}); it still becomes a 1900 serial. */
    private static SheetCell isoDate(int column, String value) {
        String iso = value.strip();
        try {
            LocalDateTime dateTime = iso.length() <= 10
                    ? LocalDate.parse(iso).atStartOfDay()
                    : LocalDateTime.parse(iso.endsWith("Z") ? iso.substring(0, iso.length() - 1) : iso);
            return CellTexts.dateOrNumber(column, DateUtil.getExcelDate(dateTime), false);
        } catch (DateTimeParseException e) {
            return SheetCell.text(column, value);
        }
    }
}
