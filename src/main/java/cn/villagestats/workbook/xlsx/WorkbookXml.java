package cn.villagestats.workbook.xlsx;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import cn.villagestats.workbook.UnreadableWorkbookException;

/**
 * What the reader needs of {@code xl/workbook.xml}, read with StAX: the sheets in workbook
 * order, each with the relationship id that leads to its part, and whether the workbook
 * counts days from 1904 ({@code <workbookPr date1904="1"/>}, saved so by old Macs).
 */
record WorkbookXml(List<SheetEntry> sheets, boolean date1904) {

    WorkbookXml {
        sheets = List.copyOf(sheets);
    }

    /** One {@code <sheet name=".." r:id=".."/>}. */
    record SheetEntry(String name, String relationId) {
    }

    /** Reads the workbook part up to the end of its sheet list; the caller closes the stream. */
    static WorkbookXml read(InputStream in, String part) throws XMLStreamException, UnreadableWorkbookException {
        List<SheetEntry> sheets = new ArrayList<>();
        boolean date1904 = false;
        XMLStreamReader xml = SheetXml.open(in);
        try {
            while (xml.hasNext()) {
                int event = SheetXml.next(xml, part);
                if (event == XMLStreamReader.START_ELEMENT) {
                    String local = xml.getLocalName();
                    if (local.equals("workbookPr")) {
                        String value = xml.getAttributeValue(null, "date1904");
                        date1904 = value != null && (value.strip().equals("1") || value.strip().equalsIgnoreCase("true"));
                    } else if (local.equalsIgnoreCase("sheet")) {
                        addSheet(xml, sheets);
                    }
                } else if (event == XMLStreamReader.END_ELEMENT && xml.getLocalName().equals("sheets")) {
                    // defined names, calculation settings and the rest say nothing the reader needs
                    break;
                }
            }
        } finally {
            xml.close();
        }
        return new WorkbookXml(sheets, date1904);
    }

    /** A sheet without a name or a relationship id has no part to read and is passed over, as POI does. */
    private static void addSheet(XMLStreamReader xml, List<SheetEntry> sheets) {
        String name = null;
        String id = null;
        for (int i = 0; i < xml.getAttributeCount(); i++) {
            String attribute = xml.getAttributeLocalName(i);
            if (attribute.equalsIgnoreCase("name")) {
                name = xml.getAttributeValue(i);
            } else if (attribute.equalsIgnoreCase("id")) {
                id = xml.getAttributeValue(i);
            }
        }
        if (name != null && id != null && !id.isEmpty()) {
            sheets.add(new SheetEntry(name, id));
        }
    }
}
