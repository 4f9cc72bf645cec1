package cn.villagestats.workbook;

/**
 * How much opening a workbook may cost: a file from outside is untrusted, so its size and
 * its inflated parts are bounded before and while it is read.
 *
 * @param maxFileBytes          the largest file read at all
 * @param maxSharedStringsBytes the largest inflated shared-strings table (it is held in memory)
 * @param maxPartBytes          the largest inflated part of an {@code .xlsx} (a sheet's XML, say)
 * @param minInflateRatio       compressed / inflated size below which a part is a zip bomb
 */
public record WorkbookLimits(long maxFileBytes, long maxSharedStringsBytes, long maxPartBytes,
                             double minInflateRatio) {

    private static final long MB = 1024L * 1024L;

    public WorkbookLimits {
        if (maxFileBytes <= 0 || maxSharedStringsBytes <= 0 || maxPartBytes <= 0) {
            throw new IllegalArgumentException("limits must be positive");
        }
        if (minInflateRatio <= 0 || minInflateRatio >= 1) {
            throw new IllegalArgumentException("min inflate ratio must be between 0 and 1: " + minInflateRatio);
        }
    }

    /** Generous for any real workbook, up to a sheet of a million rows and as many distinct strings. */
    public static WorkbookLimits defaults() {
        return new WorkbookLimits(100 * MB, 128 * MB, 1024 * MB, 0.01);
    }
}
