package cn.villagestats.spreadsheet;

import org.apache.poi.ss.usermodel.IndexedColors;

/** How a cell is marked for the clerk: red where a value was rejected, yellow where it is only doubtful. */
public enum Mark {
    REJECTED(IndexedColors.RED),
    WARNED(IndexedColors.YELLOW);

    private final IndexedColors colour;

    Mark(IndexedColors colour) {
        this.colour = colour;
    }

    IndexedColors colour() {
        return colour;
    }
}
