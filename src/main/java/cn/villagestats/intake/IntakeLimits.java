package cn.villagestats.intake;

import cn.villagestats.workbook.WorkbookLimits;

/**
 * How much a single return may cost to read: a file from the inbox is untrusted, so its
 * size, its inflated parts and its rows are bounded before and while it is read.
 *
 * @param maxFileBytes          the largest file read at all
 * @param maxSharedStringsBytes the largest inflated shared-strings table (it is held in memory)
 * @param maxPartBytes          the largest inflated part of an {@code .xlsx} (a sheet's XML, say)
 * @param minInflateRatio       compressed / inflated size below which a part is a zip bomb
 * @param maxRowsPerSheet       the most rows a programme sheet may hold; a village has far fewer
 */
public record IntakeLimits(long maxFileBytes, long maxSharedStringsBytes, long maxPartBytes, double minInflateRatio,
                           int maxRowsPerSheet) {

    private static final long MB = 1024L * 1024L;
    private static final int EXCEL_MAX_ROWS = 1_048_576;

    public IntakeLimits {
        if (maxRowsPerSheet <= 0) {
            throw new IllegalArgumentException("limits must be positive");
        }
        // the file's own limits are checked by the reader's type, which keeps them
        new WorkbookLimits(maxFileBytes, maxSharedStringsBytes, maxPartBytes, minInflateRatio);
    }

    /**
     * Generous for any real return, up to a county's merged ledger of a million households:
     * as many rows as an {@code .xlsx} sheet can hold, and shared strings for that many
     * distinct 身份证号. A township may set tighter limits ({@code villagestats.intake.*}).
     */
    public static IntakeLimits defaults() {
        return new IntakeLimits(100 * MB, 128 * MB, 1024 * MB, 0.01, EXCEL_MAX_ROWS);
    }

    /** The limits of the file and its parts, which the workbook reader keeps. */
    public WorkbookLimits workbook() {
        return new WorkbookLimits(maxFileBytes, maxSharedStringsBytes, maxPartBytes, minInflateRatio);
    }

    public IntakeLimits withMaxRowsPerSheet(int rows) {
        return new IntakeLimits(maxFileBytes, maxSharedStringsBytes, maxPartBytes, minInflateRatio, rows);
    }
}
