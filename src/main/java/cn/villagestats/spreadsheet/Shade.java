package cn.villagestats.spreadsheet;

import org.apache.poi.ss.usermodel.IndexedColors;

/** The fills a written cell may have: the marks' red and yellow, and pale ones for statuses and headers. */
public enum Shade {
    RED(IndexedColors.RED),
    YELLOW(IndexedColors.YELLOW),
    PALE_GREEN(IndexedColors.LIGHT_GREEN),
    PALE_ORANGE(IndexedColors.TAN),
    ROSE(IndexedColors.ROSE),
    GREY(IndexedColors.GREY_25_PERCENT);

    private final IndexedColors colour;

    Shade(IndexedColors colour) {
        this.colour = colour;
    }

    /** The palette index of the fill, as POI reads it back from a cell's style. */
    public short index() {
        return colour.getIndex();
    }
}
