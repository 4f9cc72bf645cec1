package cn.villagestats.workbook;

import cn.villagestats.workbook.SheetRow;

/**
 * Pulls the rows of one sheet in order. Rows without any non-blank cell are skipped,
 * so row numbers may jump; they are always Excel's one-based numbers.
 */
public interface SheetCursor extends AutoCloseable {

    /** The next row holding something, or {@code null} at the end of the sheet. */
    SheetRow next() throws UnreadableWorkbookException;

    @Override
    void close();
}
