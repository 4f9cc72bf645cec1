package cn.villagestats.bench;

import java.nio.file.Path;

import cn.villagestats.workbook.SheetCursor;
import cn.villagestats.workbook.SheetRow;
import cn.villagestats.workbook.UnreadableWorkbookException;
import cn.villagestats.workbook.WorkbookLimits;
import cn.villagestats.workbook.WorkbookSource;
import cn.villagestats.workbook.WorkbookSources;

/**
 * Our own streaming reader, reading every sheet of a workbook and counting what it sees,
 * without the return logic above it: the like of what the baselines do.
 */
public final class OurCellCount {

    private OurCellCount() {
    }

    public static Count of(Path file) throws UnreadableWorkbookException {
        long rows = 0;
        long cells = 0;
        try (WorkbookSource source = WorkbookSources.open(file, WorkbookLimits.defaults())) {
            for (String sheet : source.sheetNames()) {
                try (SheetCursor cursor = source.openSheet(sheet)) {
                    for (SheetRow row = cursor.next(); row != null; row = cursor.next()) {
                        rows++;
                        cells += row.cells().size();
                    }
                }
            }
        }
        return new Count(rows, cells);
    }
}
