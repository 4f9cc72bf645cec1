package cn.villagestats.workbook.xlsx;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.usermodel.DateUtil;

import cn.villagestats.workbook.UnreadableWorkbookException;

/**
 * Which cell styles of an {@code .xlsx} show a date: all the reader needs of
 * {@code styles.xml}. Only the number formats ({@code numFmts}) and the cell formats
 * ({@code cellXfs}) are read, with StAX; POI's XMLBeans styles table (fonts, fills, borders,
 * the theme) cost more than the cells of a small workbook. A format is a date by POI's rules.
 */
final class DateStyles {

    private static final DateStyles NONE = new DateStyles(new boolean[0]);

    /** By cell style index, whether its number format is a date format. */
    private final boolean[] dates;

    private DateStyles(boolean[] dates) {
        this.dates = dates;
    }

    /** A workbook without a styles part: every number is a plain number. */
    static DateStyles none() {
        return NONE;
    }

    /** Reads {@code styles.xml}; the caller closes the stream. */
    static DateStyles read(InputStream in, String part) throws XMLStreamException, UnreadableWorkbookException {
        Map<Integer, String> customFormats = new HashMap<>();
        List<Integer> styleFormats = new ArrayList<>();
        XMLStreamReader xml = SheetXml.open(in);
        try {
            String list = "";
            while (xml.hasNext()) {
                int event = SheetXml.next(xml, part);
                if (event == XMLStreamReader.START_ELEMENT) {
                    String local = xml.getLocalName();
                    if (local.equals("numFmts") || local.equals("cellXfs")) {
                        list = local;
                    } else if (local.equals("numFmt") && list.equals("numFmts")) {
                        // a later definition of the same id wins, as in POI's styles table
                        customFormats.put(formatId(xml), xml.getAttributeValue(null, "formatCode"));
                    } else if (local.equals("xf") && list.equals("cellXfs")) {
                        styleFormats.add(formatId(xml));
                    }
                } else if (event == XMLStreamReader.END_ELEMENT && xml.getLocalName().equals(list)) {
                    list = "";
                }
            }
        } finally {
            xml.close();
        }
        return new DateStyles(dates(styleFormats, customFormats));
    }

    boolean isDate(int style) {
        return style >= 0 && style < dates.length && dates[style];
    }

    /** The number of cell styles (each {@code <xf>} of {@code cellXfs}). */
    int size() {
        return dates.length;
    }

    private static boolean[] dates(List<Integer> styleFormats, Map<Integer, String> customFormats) {
        // many styles share few formats: each format is judged once
        Map<Integer, Boolean> byFormat = new HashMap<>();
        boolean[] dates = new boolean[styleFormats.size()];
        for (int i = 0; i < dates.length; i++) {
            dates[i] = byFormat.computeIfAbsent(styleFormats.get(i), id -> isDateFormat(id, customFormats));
        }
        return dates;
    }

    /** A workbook's own format under an id comes first, then the built-in one, as POI looks them up. */
    static boolean isDateFormat(int formatId, Map<Integer, String> customFormats) {
        String format = customFormats.get(formatId);
        if (format == null) {
            format = BuiltinFormats.getBuiltinFormat(formatId);
        }
        return format != null && DateUtil.isADateFormat(formatId, format);
    }

    /** A missing or malformed {@code numFmtId} is General (0), which is no date. */
    private static int formatId(XMLStreamReader xml) {
        String id = xml.getAttributeValue(null, "numFmtId");
        try {
            return id == null ? 0 : Integer.parseInt(id.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
