package cn.villagestats.intake;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import cn.villagestats.workbook.SheetCell;
import cn.villagestats.workbook.SheetCursor;
import cn.villagestats.workbook.SheetRow;
import cn.villagestats.workbook.UnreadableWorkbookException;
import cn.villagestats.workbook.WorkbookSource;

/**
 * Reads the programme sheets one after the other with a single open cursor, handing out
 * data rows and setting total rows aside.
 */
final class StreamingReturnWorkbook implements ReturnWorkbook {

    private final WorkbookSource source;
    private final Map<CoverField, SheetCell> cover;
    private final Iterator<SheetLayout> layouts;
    private final List<String> notices;
    private final List<TotalRow> totalRows = new ArrayList<>();
    private SheetLayout layout;
    private boolean[] sheetColumns;
    /** The template place of each sheet column (by its zero-based index), -1 for a column the template lacks. */
    private int[] places;
    private SheetCursor cursor;
    private final int maxRowsPerSheet;
    private long rowsSkipped;
    private int rowsInSheet;

    StreamingReturnWorkbook(WorkbookSource source, Map<CoverField, SheetCell> cover, List<SheetLayout> layouts,
            List<String> notices, int maxRowsPerSheet) {
        this.maxRowsPerSheet = maxRowsPerSheet;
        this.source = source;
        this.cover = Map.copyOf(cover);
        this.layouts = List.copyOf(layouts).iterator();
        this.notices = notices;
    }

    @Override
    public Map<CoverField, SheetCell> cover() {
        return cover;
    }

    @Override
    public ReturnRow next() throws UnreadableReturnException {
        try {
            return nextData();
        } catch (UnreadableWorkbookException e) {
            throw UnreadableReturnException.of(e);
        }
    }

    private ReturnRow nextData() throws UnreadableWorkbookException {
        while (true) {
            if (cursor == null && !openNextSheet()) {
                return null;
            }
            SheetRow row = cursor.next();
            if (row == null) {
                cursor.close();
                cursor = null;
            } else if (++rowsInSheet > maxRowsPerSheet) {
                // a flat memory is not enough: a million rows would still flood staging and the reports
                throw UnreadableReturnException.tooManyRows(layout.sheetName(), maxRowsPerSheet);
            } else if (row.number() > layout.headerRow()) {
                ReturnRow data = RowMapper.classify(layout, places, sheetColumns, row, this);
                if (data != null) {
                    return data;
                }
            }
        }
    }

    private boolean openNextSheet() throws UnreadableWorkbookException {
        if (!layouts.hasNext()) {
            return false;
        }
        layout = layouts.next();
        sheetColumns = new boolean[layout.sheet().columns().size()];
        int width = layout.columns().keySet().stream().mapToInt(Integer::intValue).max().orElse(-1) + 1;
        places = new int[width];
        Arrays.fill(places, -1);
        layout.columns().forEach((index, column) -> {
            int place = layout.sheet().indexOf(column);
            places[index] = place;
            sheetColumns[place] = true;
        });
        rowsInSheet = 0;
        cursor = source.openSheet(layout.sheetName());
        return true;
    }

    void addTotalRow(TotalRow total) {
        totalRows.add(total);
    }

    void skipRow(SheetRow row) {
        rowsSkipped++;
        notices.add("工作表“" + row.sheet() + "”第" + row.number()
                + "行只在模板以外的列中有内容，已跳过 / row with content only in unknown columns skipped");
    }

    @Override
    public long rowsSkipped() {
        return rowsSkipped;
    }

    @Override
    public List<TotalRow> totalRows() {
        return List.copyOf(totalRows);
    }

    @Override
    public List<String> notices() {
        return List.copyOf(notices);
    }

    @Override
    public void close() {
        if (cursor != null) {
            cursor.close();
            cursor = null;
        }
        source.close();
    }
}
