package cn.villagestats.workbook;

/**
 * A workbook that cannot be read at all: not a workbook, encrypted, damaged, or over a
 * limit. Carries the reason in Chinese, for the clerk, and in English.
 */
public class UnreadableWorkbookException extends Exception {

    private final String reasonZh;
    private final String reasonEn;

    public UnreadableWorkbookException(String reasonZh, String reasonEn) {
        this(reasonZh, reasonEn, null);
    }

    public UnreadableWorkbookException(String reasonZh, String reasonEn, Throwable cause) {
        super(reasonEn, cause);
        this.reasonZh = reasonZh;
        this.reasonEn = reasonEn;
    }

    public String reasonZh() {
        return reasonZh;
    }

    public String reasonEn() {
        return reasonEn;
    }
}
