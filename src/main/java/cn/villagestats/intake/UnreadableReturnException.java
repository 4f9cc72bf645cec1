package cn.villagestats.intake;

import java.util.Map;

import cn.villagestats.workbook.SheetCell;

/**
 * A return that cannot be read at all: not a workbook, encrypted, damaged, or missing a
 * sheet or a required header. Carries the reason in Chinese and in English and, when the
 * fault lies in the programme sheets, the cover as read, so the rejection can name the
 * village.
 */
public class UnreadableReturnException extends Exception {

    private final String reasonZh;
    private final String reasonEn;
    private Map<CoverField, SheetCell> cover = Map.of();

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

    /** The cover's values as read before the fault was found; empty when the cover could not be read. */
    public Map<CoverField, SheetCell> cover() {
        return cover;
    }

    UnreadableReturnException withCover(Map<CoverField, SheetCell> cover) {
        this.cover = Map.copyOf(cover);
        return this;
    }
}
