package cn.villagestats.workbook.xlsx;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.codehaus.stax2.XMLStreamReader2;

import cn.villagestats.workbook.Quietly;
import cn.villagestats.workbook.RowOrder;
import cn.villagestats.workbook.SheetCell;
import cn.villagestats.workbook.SheetCursor;
import cn.villagestats.workbook.SheetRow;
import cn.villagestats.workbook.Unreadable;
import cn.villagestats.workbook.UnreadableWorkbookException;

/**
 * Pulls the rows of one {@code .xlsx} sheet from its XML with StAX, one row in memory at a
 * time: for a sheet in an encoding other than UTF-8, which {@link XlsxSheetScanner} leaves
 * to a general parser. Rows and cells may lack their {@code r} attribute (some writers leave
 * it out), so positions are counted as well as read.
 */
final class XlsxSheetCursor implements SheetCursor {

    private final String sheet;
    private final InputStream in;
    private final XMLStreamReader xml;
    private final XlsxCellReader cells;
    private int lastRow;
    private boolean done;

    XlsxSheetCursor(String sheet, InputStream in, XMLStreamReader xml, XlsxCellReader cells) {
        this.sheet = sheet;
        this.in = in;
        this.xml = xml;
        this.cells = cells;
    }

    @Override
    public SheetRow next() throws UnreadableWorkbookException {
        try {
            while (!done && xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamReader.DTD) {
                    // Excel never writes a DTD; one in a sheet is an attempt at external entities
                    throw Unreadable.externalEntity(sheet, null);
                }
                if (event == XMLStreamReader.START_ELEMENT && xml.getLocalName().equals("row")) {
                    SheetRow row = readRow();
                    if (!row.cells().isEmpty()) {
                        return row;
                    }
                } else if (event == XMLStreamReader.END_ELEMENT && xml.getLocalName().equals("sheetData")) {
                    done = true;
                }
            }
            done = true;
            return null;
        } catch (XMLStreamException | RuntimeException e) {
            UnreadableWorkbookException known = Unreadable.whileParsing(sheet, e);
            throw known != null ? known : Unreadable.sheetDamaged(sheet, e);
        }
    }

    private SheetRow readRow() throws XMLStreamException {
        String r = xml.getAttributeValue(null, "r");
        int number = r != null ? Integer.parseInt(r.strip()) : lastRow + 1;
        RowOrder.check(number, lastRow);
        lastRow = number;
        List<SheetCell> found = new ArrayList<>();
        int lastColumn = -1;
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamReader.START_ELEMENT && xml.getLocalName().equals("c")) {
                // one pass over the cell's attributes instead of a search for each
                String ref = null;
                String type = null;
                String style = null;
                for (int i = 0, n = xml.getAttributeCount(); i < n; i++) {
                    switch (xml.getAttributeLocalName(i)) {
                        case "r" -> ref = xml.getAttributeValue(i);
                        case "t" -> type = xml.getAttributeValue(i);
                        case "s" -> style = xml.getAttributeValue(i);
                        default -> { }
                    }
                }
                int column = ref != null ? columnOf(ref) : lastColumn + 1;
                lastColumn = column;
                SheetCell cell = readCell(column, type, style);
                if (!cell.isBlank()) {
                    found.add(cell);
                }
            } else if (event == XMLStreamReader.END_ELEMENT && xml.getLocalName().equals("row")) {
                break;
            }
        }
        return new SheetRow(sheet, number, found);
    }

    private SheetCell readCell(int column, String type, String style) throws XMLStreamException {
        String value = null;
        String formula = null;
        String inline = null;
        Integer sharedString = null;
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamReader.START_ELEMENT) {
                switch (xml.getLocalName()) {
                    // most cells of a ledger are shared strings: their index is read without a string
                    case "v" -> {
                        if ("s".equals(type) && xml instanceof XMLStreamReader2 typed) {
                            sharedString = typed.getElementAsInt();
                        } else {
                            value = xml.getElementText();
                        }
                    }
                    case "f" -> formula = xml.getElementText();
                    case "is" -> inline = RichText.readUntilEnd(xml, "is");
                    default -> { }
                }
            } else if (event == XMLStreamReader.END_ELEMENT && xml.getLocalName().equals("c")) {
                break;
            }
        }
        return sharedString != null ? cells.sharedString(column, sharedString)
                : cells.cell(column, type, style == null ? -1 : Integer.parseInt(style.strip()), value, formula, inline);
    }

    /** Zero-based column of a reference such as {@code AB12}. */
    static int columnOf(String ref) {
        int column = 0;
        for (int i = 0; i < ref.length(); i++) {
            char c = Character.toUpperCase(ref.charAt(i));
            if (c < 'A' || c > 'Z') {
                break;
            }
            column = column * 26 + (c - 'A' + 1);
        }
        if (column == 0) {
            throw new IllegalArgumentException("bad cell reference " + ref);
        }
        return column - 1;
    }

    @Override
    public void close() {
        try {
            xml.close();
        } catch (XMLStreamException ignored) {
            // the stream is closed below either way
        }
        Quietly.close(in);
    }
}
