package cn.villagestats.intake;

import java.util.Map;

import cn.villagestats.workbook.SheetCell;
import cn.villagestats.workbook.UnreadableWorkbookException;

/**
 * A return that cannot be read at all: not a workbook, encrypted, damaged, or missing a
 * sheet or a required header. Carries the reason in Chinese and in English and, when the
 * fault lies in the programme sheets, the cover as read, so the rejection can name the
 * village.
 */
public class UnreadableReturnException extends UnreadableWorkbookException {

    private Map<CoverField, SheetCell> cover = Map.of();

    public UnreadableReturnException(String reasonZh, String reasonEn) {
        this(reasonZh, reasonEn, null);
    }

    public UnreadableReturnException(String reasonZh, String reasonEn, Throwable cause) {
        super(reasonZh, reasonEn, cause);
    }

    /** The workbook reader's fault as the return's, with the same reasons, cause and trace. */
    static UnreadableReturnException of(UnreadableWorkbookException e) {
        if (e instanceof UnreadableReturnException unreadable) {
            return unreadable;
        }
        UnreadableReturnException unreadable = new UnreadableReturnException(e.reasonZh(), e.reasonEn(), e.getCause());
        unreadable.setStackTrace(e.getStackTrace());
        return unreadable;
    }

    static UnreadableReturnException tooManyRows(String sheet, int limit) {
        return new UnreadableReturnException(
                "工作表“" + sheet + "”超过" + limit + "行，行数过多，已拒收；请删除空行或多余内容后重新报送",
                "too many rows: sheet " + sheet + " has more than " + limit + " rows");
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
