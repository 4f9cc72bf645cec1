package cn.villagestats.intake;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.villagestats.workbook.SheetCursor;
import cn.villagestats.workbook.SheetRow;
import cn.villagestats.workbook.UnreadableWorkbookException;
import cn.villagestats.workbook.WorkbookSource;
import cn.villagestats.workbook.WorkbookSources;
import cn.villagestats.returns.ReturnSheet;

/**
 * Streams every row of a return's template sheets with its cells as typed, for a copy
 * of the village's own workbook (the feedback): nothing is mapped, skipped or validated,
 * but the same limits apply as for the load.
 */
public final class RawSheets {

    private RawSheets() {
    }

    /** Receives the rows of one sheet after another, in template order (cover first). */
    public interface Sink {

        /**
         * A sheet starts. {@code columns} gives the zero-based column of each template
         * header the sheet holds (empty for the cover); {@code headerRow} is 0 for the cover.
         */
        void sheet(ReturnSheet sheet, String name, int headerRow, Map<String, Integer> columns);

        void row(SheetRow row);
    }

    /** {@code sheets}: the programme sheets, in the order they are copied. */
    public static void read(Path file, IntakeLimits limits, List<ReturnSheet> sheets, Sink sink)
            throws UnreadableReturnException {
        try (WorkbookSource source = WorkbookSources.open(file, limits.workbook())) {
            List<String> notices = new ArrayList<>();
            Map<ReturnSheet, String> names = ReturnWorkbookReader.findSheets(source.sheetNames(), sheets, notices);
            sink.sheet(ReturnSheet.COVER, names.get(ReturnSheet.COVER), 0, Map.of());
            copy(source, names.get(ReturnSheet.COVER), limits, sink);
            for (ReturnSheet sheet : sheets) {
                SheetLayout layout = HeaderResolver.resolve(source, sheet, names.get(sheet), notices);
                Map<String, Integer> columns = new LinkedHashMap<>();
                layout.columns().forEach((index, column) -> columns.put(column.header(), index));
                sink.sheet(sheet, layout.sheetName(), layout.headerRow(), columns);
                copy(source, layout.sheetName(), limits, sink);
            }
        } catch (UnreadableWorkbookException e) {
            throw UnreadableReturnException.of(e);
        }
    }

    private static void copy(WorkbookSource source, String name, IntakeLimits limits, Sink sink)
            throws UnreadableWorkbookException {
        int rows = 0;
        try (SheetCursor cursor = source.openSheet(name)) {
            SheetRow row;
            while ((row = cursor.next()) != null) {
                if (++rows > limits.maxRowsPerSheet()) {
                    throw UnreadableReturnException.tooManyRows(name, limits.maxRowsPerSheet());
                }
                sink.row(row);
            }
        }
    }
}
