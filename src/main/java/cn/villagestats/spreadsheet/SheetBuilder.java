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
    private final Function<Look, CellStyle> looks;
    private final ColumnWidths widths = new ColumnWidths();
    private int nextRow;

    SheetBuilder(Sheet sheet, Function<String, CellStyle> formats, Supplier<CellStyle> quotedText,
                 BiFunction<CellStyle, Mark, CellStyle> marked, Function<String, CellStyle> unlocked,
                 Function<Look, CellStyle> looks) {
        this.sheet = sheet;
        this.looks = looks;
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
     * with its cached result; {@link Styled} is a value with its own number format; a
     * {@link Look.Value} is a value with its {@link Look} (an empty cell when its value is
     * {@code null}). Text that {@link #looksLikeFormula looks like a formula} is written
     * quote-prefixed, shown as text.
     */
    public SheetBuilder row(Object... values) {
        Row row = sheet.createRow(nextRow++);
        widths.newRow();
        for (int i = 0; i < values.length; i++) {
            if (values[i] != null) {
                write(row.createCell(i), values[i]);
                widths.cell(i, widthOf(values[i]));
            }
        }
        return this;
    }

    /** Sets the height of the last written row, e.g. for a header whose cells wrap onto two lines. */
    public SheetBuilder lastRowHeight(float points) {
        sheet.getRow(nextRow - 1).setHeightInPoints(points);
        return this;
    }

    /**
     * Makes the last row tall enough for its text in {@code column} to wrap in a column
     * {@code characters} wide: a spreadsheet does not grow a row written with wrapped text by itself.
     */
    public SheetBuilder fitLastRowHeight(int column, int characters) {
        PrintLayout.fitHeight(sheet.getRow(nextRow - 1), column, characters);
        return this;
    }

    /** Merges column {@code column} of the last {@code rows} rows into one cell (a header over two rows). */
    public SheetBuilder mergeLastRows(int rows, int column) {
        sheet.addMergedRegion(new CellRangeAddress(nextRow - rows, nextRow - 1, column, column));
        return this;
    }

    /** Freezes the first {@code columns} columns and the first {@code rows} rows. */
    public SheetBuilder freeze(int columns, int rows) {
        sheet.createFreezePane(columns, rows);
        return this;
    }

    /**
     * Widens every column to its widest value written so far (a Chinese character counts two),
     * no less than {@code min} and no more than {@code max} characters: longer text is
     * meant to wrap. Cells merged across columns are not counted; text in a cell that wraps
     * counts half, as on two lines.
     */
    public SheetBuilder fitColumns(int min, int max) {
        widths.widest().forEach((column, width) -> sheet.setColumnWidth(column,
                Math.min(Math.max(width + 2, min), max) * 256));
        return this;
    }

    /**
     * Prints the sheet on A4 as offices print tables: scaled to one page wide and at most
     * {@code pagesTall} pages tall (0: as many as the rows need), centred, with 第 n 页，共 m 页 in
     * the footer. {@code landscape} for tables too wide to read upright.
     */
    public SheetBuilder printOnA4(boolean landscape, int pagesTall) {
        PrintLayout.onA4(sheet, landscape, pagesTall);
        return this;
    }

    /** Prints rows {@code firstRow..lastRow} (zero-based) at the top of every page. */
    public SheetBuilder repeatRowsOnEveryPage(int firstRow, int lastRow) {
        sheet.setRepeatingRows(new CellRangeAddress(firstRow, lastRow, -1, -1));
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
        widths.merged(first, last);
        return this;
    }

    public SheetBuilder columnWidth(int column, int characters) {
        sheet.setColumnWidth(column, characters * 256);
        return this;
    }

    private static int widthOf(Object value) {
        if (value instanceof Look.Value looked) {
            int width = looked.value() == null ? 0 : TextWidth.of(looked.value(), looked.look().format());
            // wrapped text may take two lines: a long header should not widen its column of short figures
            return looked.look().wrapping() ? (width + 1) / 2 : width;
        }
        if (value instanceof Styled styled) {
            return TextWidth.of(styled.value(), styled.format());
        }
        return TextWidth.of(value, null);
    }

    private void write(Cell cell, Object value) {
        if (value instanceof Look.Value looked) {
            if (looked.value() != null) {
                write(cell, looked.value());
            }
            cell.setCellStyle(looks.apply(looked.look()));
        } else if (value instanceof Styled styled) {
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
