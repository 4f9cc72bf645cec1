package cn.villagestats.spreadsheet;

import java.time.LocalDate;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;

/** Appends rows to one sheet of a {@link WorkbookBuilder}. */
public final class SheetBuilder {

    private final Sheet sheet;
    private final Function<String, CellStyle> formats;
    private final Supplier<CellStyle> quotedText;
    private final CellMarker marker;
    private final Function<String, CellStyle> unlocked;
    private int nextRow;

    SheetBuilder(Sheet sheet, Function<String, CellStyle> formats, Supplier<CellStyle> quotedText,
                 BiFunction<CellStyle, Mark, CellStyle> marked, Function<String, CellStyle> unlocked) {
        this.sheet = sheet;
        this.unlocked = unlocked;
        this.formats = formats;
        this.quotedText = quotedText;
        this.marker = new CellMarker(sheet, marked);
    }

    /** Rows written so far; the next row is written at this zero-based index. */
    public int rowCount() {
        return nextRow;
    }

    /**
     * Fills a cell of the last written row (creating it when blank) and attaches a comment,
     * as a reviewer marks a cell: its value and number format are kept.
     */
    public SheetBuilder markLastRow(int column, Mark mark, String comment) {
        marker.mark(nextRow - 1, column, mark, comment);
        return this;
    }

    /**
     * Formats a whole column for what the clerk will type (a number format, {@code @} for
     * text) and leaves it editable when the sheet is protected. Cells already written keep their style.
     */
    public SheetBuilder columnFormat(int column, String format) {
        // a cell without its own style would take the column's (POI reads it so), unlocking a header
        for (Row row : sheet) {
            Cell cell = row.getCell(column);
            if (cell != null) {
                cell.setCellStyle(cell.getCellStyle());
            }
        }
        sheet.setDefaultColumnStyle(column, unlocked.apply(format));
        return this;
    }

    /** Offers a drop-down list on rows {@code firstRow..lastRow} (zero-based) of a column and refuses other values. */
    public SheetBuilder listValidation(int column, int firstRow, int lastRow, List<String> values) {
        DataValidationHelper helper = sheet.getDataValidationHelper();
        DataValidation validation = helper.createValidation(
                helper.createExplicitListConstraint(values.toArray(String[]::new)),
                new CellRangeAddressList(firstRow, lastRow, column, column));
        validation.setShowErrorBox(true);
        validation.createErrorBox("填写有误", "请从下拉列表中选择：" + String.join("、", values));
        sheet.addValidationData(validation);
        return this;
    }

    /** Protects the sheet without a password: written cells are locked, formatted columns stay editable. */
    public SheetBuilder protect() {
        sheet.protectSheet("");
        return this;
    }

    /** Freezes the rows above {@code rows} so headers stay in view. */
    public SheetBuilder freezeRows(int rows) {
        sheet.createFreezePane(0, rows);
        return this;
    }

    /**
     * Writes the next row. Values: {@code null} leaves the cell blank; {@link String} is
     * text; {@link Number} is numeric; {@link LocalDate} is a date cell formatted
     * {@code yyyy-mm-dd}; {@link Boolean} is a boolean cell; {@link Formula} is a formula
     * with its cached result; {@link Styled} is a value with its own number format. Text
     * that {@link #looksLikeFormula looks like a formula} is written quote-prefixed, shown as text.
     */
    public SheetBuilder row(Object... values) {
        Row row = sheet.createRow(nextRow++);
        for (int i = 0; i < values.length; i++) {
            if (values[i] != null) {
                write(row.createCell(i), values[i]);
            }
        }
        return this;
    }

    /** Leaves the next row empty. */
    public SheetBuilder blankRow() {
        nextRow++;
        return this;
    }

    /** Merges the cells of the last written row from column {@code first} to {@code last}. */
    public SheetBuilder mergeLastRow(int first, int last) {
        sheet.addMergedRegion(new CellRangeAddress(nextRow - 1, nextRow - 1, first, last));
        return this;
    }

    public SheetBuilder columnWidth(int column, int characters) {
        sheet.setColumnWidth(column, characters * 256);
        return this;
    }

    private void write(Cell cell, Object value) {
        if (value instanceof Styled styled) {
            write(cell, styled.value());
            cell.setCellStyle(formats.apply(styled.format()));
        } else if (value instanceof String text) {
            cell.setCellValue(text);
            if (looksLikeFormula(text)) {
                // a text cell never runs, but editing it would; the quote prefix keeps it text for good
                cell.setCellStyle(quotedText.get());
            }
        } else if (value instanceof Number number) {
            cell.setCellValue(number.doubleValue());
        } else if (value instanceof LocalDate date) {
            cell.setCellValue(date);
            cell.setCellStyle(formats.apply("yyyy-mm-dd"));
        } else if (value instanceof Boolean flag) {
            cell.setCellValue(flag);
        } else if (value instanceof Formula formula) {
            cell.setCellFormula(formula.expression());
            if (formula.cachedResult() != null) {
                cell.setCellValue(formula.cachedResult());
            }
        } else {
            throw new IllegalArgumentException("cannot write a " + value.getClass().getSimpleName());
        }
    }

    /** Text a spreadsheet would take for a formula (or DDE) when typed: {@code =}, {@code +}, {@code -}, {@code @}, tab, CR. */
    public static boolean looksLikeFormula(String text) {
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0;
    }

    /** A value written with an explicit number format, e.g. a date as {@code yyyy"年"m"月"d"日"}. */
    public record Styled(Object value, String format) {
    }
}
