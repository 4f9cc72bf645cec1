package cn.villagestats.workbook.xlsx;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import javax.xml.stream.XMLStreamException;

import cn.villagestats.workbook.Quietly;
import cn.villagestats.workbook.RowOrder;
import cn.villagestats.workbook.SheetCell;
import cn.villagestats.workbook.SheetCursor;
import cn.villagestats.workbook.SheetRow;
import cn.villagestats.workbook.Unreadable;
import cn.villagestats.workbook.UnreadableWorkbookException;

/**
 * Pulls the rows of one {@code .xlsx} sheet straight from the bytes of its XML, one row in
 * memory at a time: the reader's hot path, where a general XML parser spent most of the time
 * on events and strings the rows do not need. It reads what {@link XlsxSheetCursor} reads,
 * row for row; {@link #open} leaves a sheet not in UTF-8 to that cursor.
 */
final class XlsxSheetScanner implements SheetCursor {

    private static final int BUFFER = 64 * 1024;

    private final String sheet;
    private final InputStream in;
    private final SheetTags tags;
    private final SheetText text;
    private final XlsxCellReader cells;
    private final TextBuffer value = new TextBuffer();
    private int lastRow;
    private boolean done;

    XlsxSheetScanner(String sheet, InputStream in, SheetBytes bytes, XlsxCellReader cells) {
        this.sheet = sheet;
        this.in = in;
        this.tags = new SheetTags(bytes);
        this.text = new SheetText(tags);
        this.cells = cells;
    }

    /** A cursor over the sheet XML {@code in}: this scanner for UTF-8, as Excel writes, else the StAX cursor. */
    static SheetCursor open(String sheet, InputStream in, XlsxCellReader cells)
            throws IOException, XMLStreamException {
        return open(sheet, in, cells, BUFFER);
    }

    static SheetCursor open(String sheet, InputStream in, XlsxCellReader cells, int bufferSize)
            throws IOException, XMLStreamException {
        SheetBytes bytes = new SheetBytes(in, bufferSize);
        InputStream other = SheetEncoding.otherThanUtf8(bytes, in);
        return other == null ? new XlsxSheetScanner(sheet, in, bytes, cells)
                : new XlsxSheetCursor(sheet, in, SheetXml.open(other), cells);
    }

    @Override
    public SheetRow next() throws UnreadableWorkbookException {
        try {
            while (!done) {
                int tag = tags.next();
                if (tag == SheetTags.EOF) {
                    break;
                }
                if (tag != SheetTags.END && tags.element() == SheetElements.ROW) {
                    SheetRow row = readRow(tag == SheetTags.EMPTY);
                    if (!row.cells().isEmpty()) {
                        return row;
                    }
                } else if (tag == SheetTags.END && tags.element() == SheetElements.SHEET_DATA) {
                    done = true;
                }
            }
            done = true;
            return null;
        } catch (IOException | RuntimeException e) {
            UnreadableWorkbookException known = Unreadable.whileParsing(sheet, e);
            throw known != null ? known : Unreadable.sheetDamaged(sheet, e);
        }
    }

    private SheetRow readRow(boolean empty) throws IOException {
        int r = tags.attributes.rowNumber();
        int number = r >= 0 ? r : lastRow + 1;
        RowOrder.check(number, lastRow);
        lastRow = number;
        List<SheetCell> found = new ArrayList<>();
        int lastColumn = -1;
        while (!empty) {
            int tag = tags.next();
            if (tag != SheetTags.END && tags.element() == SheetElements.CELL) {
                int ref = tags.attributes.column();
                int column = ref >= 0 ? ref : lastColumn + 1;
                lastColumn = column;
                SheetCell cell = readCell(column, tag == SheetTags.EMPTY);
                if (!cell.isBlank()) {
                    found.add(cell);
                }
            } else if (tag == SheetTags.END && tags.element() == SheetElements.ROW) {
                break;
            }
        }
        return new SheetRow(sheet, number, found);
    }

    private SheetCell readCell(int column, boolean empty) throws IOException {
        String type = tags.attributes.type();
        int style = tags.attributes.style();
        String content = null;
        String formula = null;
        String inline = null;
        double number = Double.NaN;
        int sharedString = -1;
        while (!empty) {
            int tag = tags.next();
            int element = tags.element();
            if (tag == SheetTags.END) {
                if (element == SheetElements.CELL) {
                    break;
                }
            } else if (element == SheetElements.VALUE) {
                readText(tag);
                if ("s".equals(type)) {
                    sharedString = value.asIndex();
                } else {
                    // a plain number, the common case, is read without a string
                    number = type == null || type.equals("n") ? value.plainDecimal() : Double.NaN;
                    content = Double.isNaN(number) ? value.toString() : null;
                }
            } else if (element == SheetElements.FORMULA) {
                readText(tag);
                formula = value.toString();
            } else if (element == SheetElements.INLINE_STRING) {
                inline = tag == SheetTags.EMPTY ? "" : InlineText.read(tags, text, value);
            }
        }
        if (sharedString >= 0) {
            return cells.sharedString(column, sharedString);
        }
        return Double.isNaN(number) ? cells.cell(column, type, style, content, formula, inline)
                : cells.number(column, style, number);
    }

    private void readText(int tag) throws IOException {
        if (tag == SheetTags.EMPTY) {
            value.clear();
        } else {
            text.read(value);
        }
    }

    @Override
    public void close() {
        Quietly.close(in);
    }
}
