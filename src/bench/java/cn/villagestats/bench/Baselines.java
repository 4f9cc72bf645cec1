package cn.villagestats.bench;

import java.io.InputStream;
import java.nio.file.Path;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler.SheetContentsHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

/**
 * The readers people would otherwise use, each reading every cell of every sheet and
 * counting the non-blank ones the way our reader does (white-space-only text is blank).
 */
public final class Baselines {

    private Baselines() {
    }

    /** POI's event API: SAX over each sheet with {@link XSSFSheetXMLHandler} and formatted values. */
    public static Count poiEventApi(Path file) throws Exception {
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg);
            Counter counter = new Counter();
            XSSFReader.SheetIterator sheets = reader.getSheetIterator();
            while (sheets.hasNext()) {
                try (InputStream in = sheets.next()) {
                    XMLReader parser = XMLHelper.newXMLReader();
                    parser.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(), strings, counter, false));
                    parser.parse(new InputSource(in));
                }
            }
            pkg.revert();
            return new Count(counter.rows, counter.cells);
        }
    }

    /** Counts the cells the event API hands over. */
    private static final class Counter implements SheetContentsHandler {
        long rows;
        long cells;
        private boolean rowHasCell;

        @Override
        public void startRow(int rowNum) {
            rowHasCell = false;
        }

        @Override
        public void endRow(int rowNum) {
            rows += rowHasCell ? 1 : 0;
        }

        @Override
        public void cell(String ref, String formattedValue, XSSFComment comment) {
            if (formattedValue != null && !formattedValue.isBlank()) {
                cells++;
                rowHasCell = true;
            }
        }
    }

    /** {@code org.dhatim:fastexcel-reader}, a lean streaming reader of its own. */
    public static Count fastexcel(Path file) throws Exception {
        long rows = 0;
        long cells = 0;
        try (ReadableWorkbook workbook = new ReadableWorkbook(file.toFile())) {
            for (var sheet : workbook.getSheets().toList()) {
                try (var stream = sheet.openStream()) {
                    for (var row : (Iterable<org.dhatim.fastexcel.reader.Row>) stream::iterator) {
                        long before = cells;
                        for (var cell : row) {
                            if (counts(cell)) {
                                cells++;
                            }
                        }
                        rows += cells > before ? 1 : 0;
                    }
                }
            }
        }
        return new Count(rows, cells);
    }

    private static boolean counts(org.dhatim.fastexcel.reader.Cell cell) {
        if (cell == null || cell.getType() == org.dhatim.fastexcel.reader.CellType.EMPTY) {
            return false;
        }
        Object value = cell.getValue();
        return value == null ? cell.getFormula() != null : !(value instanceof String text && text.isBlank());
    }
}
