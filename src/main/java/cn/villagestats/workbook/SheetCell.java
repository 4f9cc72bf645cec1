package cn.villagestats.workbook;

import java.util.Objects;

/**
 * One cell as read from a sheet, free of POI types.
 *
 * @param column zero-based column index
 * @param kind   what the cell held
 * @param text   the value as the clerk sees it: text as typed, numbers without a
 *               trailing {@code .0}, dates as ISO {@code yyyy-MM-dd}, booleans as
 *               {@code TRUE}/{@code FALSE}, errors as {@code #N/A}; empty when blank
 * @param number the numeric value for {@link CellKind#NUMBER} and {@link CellKind#DATE}
 *               (an Excel serial in the 1900 system), otherwise {@code 0}
 */
public record SheetCell(int column, CellKind kind, String text, double number) {

    public SheetCell {
        if (column < 0) {
            throw new IllegalArgumentException("column must be >= 0: " + column);
        }
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
    }

    public static SheetCell blank(int column) {
        return new SheetCell(column, CellKind.BLANK, "", 0);
    }

    public static SheetCell text(int column, String text) {
        return new SheetCell(column, CellKind.TEXT, text, 0);
    }

    /** Blank cells and cells holding only {@linkplain Spaces white space} (no-break and zero-width too) carry nothing. */
    public boolean isBlank() {
        return kind == CellKind.BLANK || (kind == CellKind.TEXT && Spaces.isBlank(text));
    }
}
