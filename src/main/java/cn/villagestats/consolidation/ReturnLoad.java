package cn.villagestats.consolidation;

import cn.villagestats.validation.Cover;
import cn.villagestats.validation.ReturnValidator;

/**
 * The state of loading one return (one partition): which return, whether it could be
 * read, its cover and how many data rows were read. Shared by the reader, processor,
 * writer and listener of one step execution.
 */
class ReturnLoad {

    private final long returnId;
    private Cover cover;
    private ReturnValidator validator;
    private String rejectedVillageCode;
    private String reasonZh;
    private String reasonEn;
    private int rowsRead;

    ReturnLoad(long returnId) {
        this.returnId = returnId;
    }

    long returnId() {
        return returnId;
    }

    void readable(Cover cover, ReturnValidator validator) {
        this.cover = cover;
        this.validator = validator;
    }

    /** The whole return is rejected; its rows count nothing. */
    void reject(String villageCode, String reasonZh, String reasonEn) {
        this.rejectedVillageCode = villageCode;
        this.reasonZh = reasonZh;
        this.reasonEn = reasonEn;
        this.cover = null;
        this.validator = null;
    }

    boolean isRejected() {
        return reasonZh != null;
    }

    boolean hasRowsToRead() {
        return !isRejected() && cover != null;
    }

    void countRowRead() {
        rowsRead++;
    }

    int rowsRead() {
        return rowsRead;
    }

    Cover cover() {
        return cover;
    }

    ReturnValidator validator() {
        return validator;
    }

    String rejectedVillageCode() {
        return rejectedVillageCode;
    }

    String reasonZh() {
        return reasonZh;
    }

    String reasonEn() {
        return reasonEn;
    }
}
