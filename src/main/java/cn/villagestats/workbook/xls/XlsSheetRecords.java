package cn.villagestats.workbook.xls;

import org.apache.poi.hssf.record.BOFRecord;
import org.apache.poi.hssf.record.EOFRecord;
import org.apache.poi.hssf.record.Record;
import org.apache.poi.hssf.record.RecordFactoryInputStream;

/**
 * The records of one sheet substream of an {@code .xls} workbook stream: skips the globals
 * and the sheets before it, and steps over charts embedded in it (their own BOF..EOF).
 */
final class XlsSheetRecords {

    private final RecordFactoryInputStream records;
    private final int streamIndex;
    private boolean started;
    private boolean ended;

    XlsSheetRecords(RecordFactoryInputStream records, int streamIndex) {
        this.records = records;
        this.streamIndex = streamIndex;
    }

    /** The sheet's next record, or {@code null} at its end. */
    Record next() {
        if (!started) {
            started = true;
            ended = !skipToSheet();
        }
        if (ended) {
            return null;
        }
        int depth = 0;
        Record record;
        while ((record = records.nextRecord()) != null) {
            if (record instanceof BOFRecord) {
                depth++;
            } else if (record instanceof EOFRecord) {
                if (depth == 0) {
                    break;
                }
                depth--;
            } else if (depth == 0) {
                return record;
            }
        }
        ended = true;
        return null;
    }

    private boolean skipToSheet() {
        XlsGlobals.read(records);
        int seen = -1;
        int depth = 0;
        Record record;
        while ((record = records.nextRecord()) != null) {
            if (record instanceof BOFRecord) {
                if (depth == 0 && ++seen == streamIndex) {
                    return true;
                }
                depth++;
            } else if (record instanceof EOFRecord) {
                depth--;
            }
        }
        return false;
    }
}
