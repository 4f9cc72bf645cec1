package cn.villagestats.intake;

import java.util.List;
import java.util.Map;

import cn.villagestats.workbook.SheetCell;

/**
 * An opened village return whose sheets and headers are already known to be in order:
 * the cover's values at hand, the data rows pulled one at a time (a programme sheet after
 * another, in the order the caller gave them) without holding a sheet in memory.
 */
public interface ReturnWorkbook extends AutoCloseable {

    /** The cover values found by their labels; a field whose label or value is missing is absent. */
    Map<CoverField, SheetCell> cover();

    /** The next data row, or {@code null} after the last row of the last programme sheet. */
    ReturnRow next() throws UnreadableReturnException;

    /** Rows read so far that held something, but only in columns the template does not know. */
    long rowsSkipped();

    /** The village's own total rows ({@code 合计}/{@code 总计}/{@code 小计}) read so far. */
    List<TotalRow> totalRows();

    /** Things the clerk may want to know that do not stop the return (zh, with a short en gloss). */
    List<String> notices();

    @Override
    void close();
}
