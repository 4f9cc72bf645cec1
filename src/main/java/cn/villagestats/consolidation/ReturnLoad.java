package cn.villagestats.consolidation;

import java.util.ArrayList;
import java.util.List;

import cn.villagestats.intake.ReturnRow;
import cn.villagestats.intake.TotalRow;
import cn.villagestats.programme.toilets.ToiletSheet;
import cn.villagestats.validation.Cover;
import cn.villagestats.validation.IdNumbers;
import cn.villagestats.validation.ReturnWarning;
import cn.villagestats.validation.TotalRowCheck;

/**
 * The state of loading one return (one partition): which return and file, whether it
 * could be read, its cover and how many data rows were read. Shared by the reader, writer
 * and listener of one step execution. Rows are counted on the thread that reads them (a
 * large return's read-ahead thread); the step looks at the count only after that thread
 * has handed over the last row.
 */
class ReturnLoad {

    private final long returnId;
    private String fileName;
    private Cover cover;
    private String rejectedVillageCode;
    private String rejectedVillageName;
    private String reasonZh;
    private String reasonEn;
    private int rowsRead;
    private String toiletSheet;
    private final TotalRowCheck totals = new TotalRowCheck();
    private final List<ReturnWarning> warnings = new ArrayList<>();
    private boolean finished;

    ReturnLoad(long returnId) {
        this.returnId = returnId;
    }

    long returnId() {
        return returnId;
    }

    /** The file the return was read from, once the ledger named it. */
    void file(String fileName) {
        this.fileName = fileName;
    }

    String fileName() {
        return fileName;
    }

    void readable(Cover cover) {
        this.cover = cover;
    }

    /** The whole return is rejected; its rows count nothing. Reasons may quote the file: 身份证号 are masked. */
    void reject(String villageCode, String reasonZh, String reasonEn) {
        reject(villageCode, null, reasonZh, reasonEn);
    }

    /** As {@link #reject(String, String, String)}, for a return whose valid cover names its village. */
    void reject(String villageCode, String villageName, String reasonZh, String reasonEn) {
        this.rejectedVillageCode = villageCode;
        this.rejectedVillageName = villageName;
        this.reasonZh = IdNumbers.maskWithin(reasonZh);
        this.reasonEn = IdNumbers.maskWithin(reasonEn);
        this.cover = null;
    }

    boolean isRejected() {
        return reasonZh != null;
    }

    boolean hasRowsToRead() {
        return !isRejected() && cover != null;
    }

    void countRowRead(ReturnRow row) {
        rowsRead++;
        totals.add(row);
        if (toiletSheet == null && row.sheet() == ToiletSheet.SHEET) {
            toiletSheet = row.sheetName();
        }
    }

    /** Once the last row is read: the village's 合计 rows checked, the reader's notices kept as warnings. */
    void finishReading(List<TotalRow> totalRows, List<String> notices) {
        if (finished) {
            return;
        }
        finished = true;
        warnings.addAll(totals.compare(totalRows));
        for (String notice : notices) {
            int slash = notice.indexOf(" / ");
            warnings.add(slash < 0 ? ReturnWarning.ofReturn(notice, notice)
                    : ReturnWarning.ofReturn(notice.substring(0, slash), notice.substring(slash + 3)));
        }
    }

    List<ReturnWarning> warnings() {
        return List.copyOf(warnings);
    }

    int rowsRead() {
        return rowsRead;
    }

    /** The 卫生改厕 sheet's name in the clerk's workbook, once one of its rows was read; else null. */
    String toiletSheet() {
        return toiletSheet;
    }

    Cover cover() {
        return cover;
    }

    String rejectedVillageCode() {
        return rejectedVillageCode;
    }

    String rejectedVillageName() {
        return rejectedVillageName;
    }

    String reasonZh() {
        return reasonZh;
    }

    String reasonEn() {
        return reasonEn;
    }
}
