package cn.villagestats.spreadsheet;

/**
 * How a written cell looks, as a table that is printed and signed needs it: number format,
 * bold, thin borders, wrapped text, alignment, font size and fill. Equal looks share one style.
 *
 * @param format a number format such as {@code #,##0.00}; {@code null} for the general one
 * @param points the font size; 0 for the workbook's default
 * @param shade  the fill; {@code null} for none
 */
public record Look(String format, boolean bold, boolean bordered, boolean wrapping, Align align, int points,
                   Shade shade) {

    /** The default look: no format, border or fill. */
    public static final Look PLAIN = new Look(null, false, false, false, Align.GENERAL, 0, null);

    public Look {
        if (align == null) {
            throw new IllegalArgumentException("align");
        }
    }

    /** Horizontal alignment; {@code GENERAL} puts text left and numbers right. */
    public enum Align { GENERAL, LEFT, CENTRE, RIGHT }

    public Look format(String numberFormat) {
        return new Look(numberFormat, bold, bordered, wrapping, align, points, shade);
    }

    public Look asBold() {
        return new Look(format, true, bordered, wrapping, align, points, shade);
    }

    public Look withBorders() {
        return new Look(format, bold, true, wrapping, align, points, shade);
    }

    public Look withWrapping() {
        return new Look(format, bold, bordered, true, align, points, shade);
    }

    public Look align(Align alignment) {
        return new Look(format, bold, bordered, wrapping, alignment, points, shade);
    }

    public Look points(int size) {
        return new Look(format, bold, bordered, wrapping, align, size, shade);
    }

    public Look shade(Shade fill) {
        return new Look(format, bold, bordered, wrapping, align, points, fill);
    }

    /** {@code value} to be written with this look; a {@code null} value writes an empty cell that has it. */
    public Value of(Object value) {
        return new Value(value, this);
    }

    /** A cell's value with its look, for {@link SheetBuilder#row(Object...)}. */
    public record Value(Object value, Look look) {
    }
}
