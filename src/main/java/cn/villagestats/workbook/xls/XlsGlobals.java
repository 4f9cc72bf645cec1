package cn.villagestats.workbook.xls;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.hssf.record.BOFRecord;
import org.apache.poi.hssf.record.BoundSheetRecord;
import org.apache.poi.hssf.record.DateWindow1904Record;
import org.apache.poi.hssf.record.EOFRecord;
import org.apache.poi.hssf.record.ExtendedFormatRecord;
import org.apache.poi.hssf.record.FormatRecord;
import org.apache.poi.hssf.record.Record;
import org.apache.poi.hssf.record.RecordFactoryInputStream;
import org.apache.poi.hssf.record.SSTRecord;
import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.usermodel.DateUtil;

/**
 * What an {@code .xls} workbook stream says before its first sheet: the shared strings,
 * the cell formats (to tell dates from numbers), the date system and the sheets in order.
 */
final class XlsGlobals {

    private final List<String> sheetsInTabOrder = new ArrayList<>();
    private final List<String> sheetsInStreamOrder = new ArrayList<>();
    private final Map<Integer, String> formats = new HashMap<>();
    private final List<Integer> xfFormats = new ArrayList<>();
    private SSTRecord strings;
    private boolean date1904;

    /** Reads the globals substream, stopping at its end so no sheet data is touched. */
    static XlsGlobals read(RecordFactoryInputStream records) {
        XlsGlobals globals = new XlsGlobals();
        List<BoundSheetRecord> bound = new ArrayList<>();
        Record record;
        while ((record = records.nextRecord()) != null) {
            if (record instanceof EOFRecord) {
                break;
            }
            globals.take(record, bound);
        }
        bound.forEach(sheet -> globals.sheetsInTabOrder.add(sheet.getSheetname()));
        for (BoundSheetRecord sheet : BoundSheetRecord.orderByBofPosition(bound)) {
            globals.sheetsInStreamOrder.add(sheet.getSheetname());
        }
        return globals;
    }

    private void take(Record record, List<BoundSheetRecord> bound) {
        if (record instanceof BoundSheetRecord sheet) {
            bound.add(sheet);
        } else if (record instanceof SSTRecord sst) {
            strings = sst;
        } else if (record instanceof FormatRecord format) {
            formats.put(format.getIndexCode(), format.getFormatString());
        } else if (record instanceof ExtendedFormatRecord xf) {
            xfFormats.add((int) xf.getFormatIndex());
        } else if (record instanceof DateWindow1904Record window) {
            date1904 = window.getWindowing() == 1;
        } else if (record instanceof BOFRecord bof && bof.getType() != BOFRecord.TYPE_WORKBOOK) {
            throw new IllegalStateException("the stream does not start with the workbook globals");
        }
    }

    List<String> sheetNames() {
        return List.copyOf(sheetsInTabOrder);
    }

    /** Which sheet substream (0 = first after the globals) holds the named sheet, or -1. */
    int streamIndexOf(String name) {
        return sheetsInStreamOrder.indexOf(name);
    }

    boolean date1904() {
        return date1904;
    }

    String sharedString(int index) {
        if (strings == null || index < 0 || index >= strings.getNumUniqueStrings()) {
            throw new IllegalStateException("no shared string " + index);
        }
        return strings.getString(index).getString();
    }

    boolean isDateFormat(int xfIndex) {
        if (xfIndex < 0 || xfIndex >= xfFormats.size()) {
            return false;
        }
        int formatIndex = xfFormats.get(xfIndex);
        String format = formats.getOrDefault(formatIndex, BuiltinFormats.getBuiltinFormat(formatIndex));
        return format != null && DateUtil.isADateFormat(formatIndex, format);
    }
}
