package cn.villagestats.intake;

/**
 * A return that cannot be read at all: not a workbook, encrypted, damaged, or missing a
 * sheet or a required header. Carries the reason in Chinese and in English.
 */
public class UnreadableReturnException extends Exception {

    private final String reasonZh;
    private final String reasonEn;

    public UnreadableReturnException(String reasonZh, String reasonEn) {
        this(reasonZh, reasonEn, null);
    }

    public UnreadableReturnException(String reasonZh, String reasonEn, Throwable cause) {
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
