package cn.villagestats.intake;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFRelation;

/**
 * An {@code .xlsx}/{@code .xlsm} workbook read part by part: shared strings and styles
 * are loaded once, each sheet's XML is pulled row by row. Macros are never touched.
 */
final class XlsxWorkbookSource implements WorkbookSource {

    private final OPCPackage pkg;
    private final Map<String, PackagePart> sheets;
    private final XlsxCellReader cells;

    private XlsxWorkbookSource(OPCPackage pkg, Map<String, PackagePart> sheets, XlsxCellReader cells) {
        this.pkg = pkg;
        this.sheets = sheets;
        this.cells = cells;
    }

    static XlsxWorkbookSource open(Path file, IntakeLimits limits) throws UnreadableReturnException {
        OfficePackageCheck.check(file, limits);
        // the directory may lie about sizes: POI also checks while it inflates
        ZipSecureFile.setMinInflateRatio(limits.minInflateRatio());
        ZipSecureFile.setMaxEntrySize(limits.maxPartBytes());
        OPCPackage pkg;
        try {
            pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
        } catch (Exception e) {
            UnreadableReturnException known = Unreadable.whileParsing("[Content_Types].xml", e);
            if (known != null) {
                throw known;
            }
            // a zip that is no Office package looks the same as a cut-off workbook here
            throw Unreadable.of("文件不是Excel工作簿，或已损坏", "the file is not an Excel workbook or is damaged", e);
        }
        try {
            XSSFReader reader = new XSSFReader(pkg);
            CompactSharedStrings strings = sharedStrings(pkg);
            StylesTable styles = reader.getStylesTable();
            boolean date1904 = isDate1904(reader);
            Map<String, PackagePart> sheets = new LinkedHashMap<>();
            XSSFReader.SheetIterator it = reader.getSheetIterator();
            while (it.hasNext()) {
                it.next().close();
                sheets.putIfAbsent(it.getSheetName(), it.getSheetPart());
            }
            return new XlsxWorkbookSource(pkg, sheets, new XlsxCellReader(strings, styles, date1904));
        } catch (Exception e) {
            pkg.revert();
            UnreadableReturnException known = Unreadable.whileParsing("xl/sharedStrings.xml", e);
            throw known != null ? known : Unreadable.damaged(e);
        }
    }

    @Override
    public List<String> sheetNames() {
        return new ArrayList<>(sheets.keySet());
    }

    @Override
    public SheetCursor openSheet(String name) throws UnreadableReturnException {
        PackagePart part = sheets.get(name);
        if (part == null) {
            throw new IllegalArgumentException("no sheet " + name);
        }
        InputStream in = null;
        try {
            in = part.getInputStream();
            XMLStreamReader xml = SheetXml.open(in);
            return new XlsxSheetCursor(name, in, xml, cells);
        } catch (IOException | XMLStreamException | RuntimeException e) {
            Quietly.close(in);
            UnreadableReturnException known = Unreadable.whileParsing(name, e);
            throw known != null ? known : Unreadable.sheetDamaged(name, e);
        }
    }

    @Override
    public void close() {
        // opened read-only: revert releases the file without writing anything back
        pkg.revert();
    }

    /** The shared strings, compactly; a workbook without any has no such part. */
    private static CompactSharedStrings sharedStrings(OPCPackage pkg) throws Exception {
        List<PackagePart> parts = pkg.getPartsByContentType(XSSFRelation.SHARED_STRINGS.getContentType());
        if (parts.isEmpty()) {
            return CompactSharedStrings.empty();
        }
        try (InputStream in = parts.get(0).getInputStream()) {
            return CompactSharedStrings.read(in);
        }
    }

    /** Workbooks saved on old Macs count days from 1904; {@code <workbookPr date1904="1"/>} says so. */
    private static boolean isDate1904(XSSFReader reader) throws Exception {
        try (InputStream in = reader.getWorkbookData()) {
            XMLStreamReader xml = XMLHelper.newXMLInputFactory().createXMLStreamReader(in);
            try {
                while (xml.hasNext()) {
                    if (xml.next() == XMLStreamReader.START_ELEMENT) {
                        String local = xml.getLocalName();
                        if (local.equals("workbookPr")) {
                            String value = xml.getAttributeValue(null, "date1904");
                            return "1".equals(value) || "true".equalsIgnoreCase(value);
                        }
                        if (local.equals("sheets")) {
                            return false;
                        }
                    }
                }
                return false;
            } finally {
                xml.close();
            }
        }
    }
}
