package cn.villagestats.workbook;

import java.util.List;

/**
 * A workbook opened for streaming reads, free of POI types: the only seam between the
 * application and POI. Sheets are read one row at a time and never held whole.
 */
public interface WorkbookSource extends AutoCloseable {

    /** The sheet names in workbook order, as the workbook spells them. */
    List<String> sheetNames();

    /** Starts reading a sheet from its first row; the caller closes the cursor. */
    SheetCursor openSheet(String name) throws UnreadableWorkbookException;

    @Override
    void close();
}
