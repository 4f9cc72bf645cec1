package cn.villagestats.intake;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.xssf.usermodel.XSSFRelation;

/**
 * An {@code .xlsx}/{@code .xlsm} workbook read part by part: the workbook part names the
 * sheets, shared strings and date styles are loaded once, each sheet's XML is pulled row by
 * row. Macros are never touched.
 */
final class XlsxWorkbookSource implements WorkbookSource {

    /** The relationships from a workbook to sheets that POI's reader followed. */
    private static final Set<String> SHEET_RELATIONS = Set.of(XSSFRelation.WORKSHEET.getRelation(),
            XSSFRelation.CHARTSHEET.getRelation(), XSSFRelation.MACRO_SHEET_BIN.getRelation());

    private final XlsxPackage pkg;
    /** The part of each sheet by name, in workbook order. */
    private final Map<String, String> sheets;
    private final XlsxCellReader cells;

    private XlsxWorkbookSource(XlsxPackage pkg, Map<String, String> sheets, XlsxCellReader cells) {
        this.pkg = pkg;
        this.sheets = sheets;
        this.cells = cells;
    }

    static XlsxWorkbookSource open(Path file, IntakeLimits limits) throws UnreadableReturnException {
        XlsxPackage pkg = XlsxPackage.open(file, limits);
        String part = Relationships.partOf("");
        try {
            // a Strict OOXML workbook names its main part otherwise; POI's reader refused those too
            String workbookPart = required(pkg.relationships("").first(PackageRelationshipTypes.CORE_DOCUMENT));
            part = workbookPart;
            WorkbookXml workbook;
            try (InputStream in = pkg.open(workbookPart)) {
                workbook = WorkbookXml.read(in, workbookPart);
            }
            part = Relationships.partOf(workbookPart);
            Relationships related = pkg.relationships(workbookPart);
            Map<String, String> sheets = new LinkedHashMap<>();
            for (WorkbookXml.SheetEntry sheet : workbook.sheets()) {
                sheets.putIfAbsent(sheet.name(), sheetPart(pkg, related, sheet));
            }
            part = "xl/styles.xml";
            DateStyles dateStyles = dateStyles(pkg, related.first(XSSFRelation.STYLES.getRelation()));
            part = "xl/sharedStrings.xml";
            CompactSharedStrings strings = sharedStrings(pkg, related.first(XSSFRelation.SHARED_STRINGS.getRelation()),
                    limits);
            return new XlsxWorkbookSource(pkg, sheets, new XlsxCellReader(strings, dateStyles, workbook.date1904()));
        } catch (UnreadableReturnException e) {
            pkg.close();
            throw e;
        } catch (IOException | XMLStreamException | RuntimeException e) {
            pkg.close();
            UnreadableReturnException known = Unreadable.whileParsing(part, e);
            throw known != null ? known : Unreadable.damaged(e);
        }
    }

    @Override
    public List<String> sheetNames() {
        return new ArrayList<>(sheets.keySet());
    }

    @Override
    public SheetCursor openSheet(String name) throws UnreadableReturnException {
        String part = sheets.get(name);
        if (part == null) {
            throw new IllegalArgumentException("no sheet " + name);
        }
        InputStream in = null;
        try {
            in = pkg.open(part);
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
        pkg.close();
    }

    private static String required(String part) throws UnreadableReturnException {
        if (part == null) {
            throw Unreadable.damaged(null);
        }
        return part;
    }

    /** The part a sheet's relationship id leads to: a worksheet (or chart or macro sheet) in the package. */
    private static String sheetPart(XlsxPackage pkg, Relationships related, WorkbookXml.SheetEntry sheet)
            throws UnreadableReturnException {
        Relationships.Relationship relationship = related.byId().get(sheet.relationId());
        if (relationship == null || !SHEET_RELATIONS.contains(relationship.type()) || !pkg.has(relationship.part())) {
            throw Unreadable.sheetDamaged(sheet.name(), null);
        }
        return relationship.part();
    }

    /** Which cell styles are dates; a workbook without a styles part has none. */
    private static DateStyles dateStyles(XlsxPackage pkg, String part)
            throws IOException, XMLStreamException, UnreadableReturnException {
        if (part == null || !pkg.has(part)) {
            return DateStyles.none();
        }
        try (InputStream in = pkg.open(part)) {
            return DateStyles.read(in, part);
        }
    }

    /**
     * The shared strings, compactly; a workbook without any has no such part. Their size was
     * measured with the directory when the part has its usual name, else it is measured here.
     */
    private static CompactSharedStrings sharedStrings(XlsxPackage pkg, String part, IntakeLimits limits)
            throws IOException, XMLStreamException, UnreadableReturnException {
        if (part == null || !pkg.has(part)) {
            return CompactSharedStrings.empty();
        }
        ZipArchiveEntry entry = pkg.entry(part);
        if (!part.toLowerCase(Locale.ROOT).endsWith("sharedstrings.xml")) {
            OfficePackageCheck.checkSharedStrings(pkg.zip(), entry, limits);
        }
        try (InputStream in = pkg.open(part)) {
            return CompactSharedStrings.read(in);
        }
    }
}
