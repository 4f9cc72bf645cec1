package cn.villagestats.workbook.xlsx;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.xml.stream.XMLStreamException;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.openxml4j.util.ZipFileZipEntrySource;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.xssf.usermodel.XSSFRelation;

import cn.villagestats.workbook.Quietly;
import cn.villagestats.workbook.SheetCursor;
import cn.villagestats.workbook.Unreadable;
import cn.villagestats.workbook.UnreadableWorkbookException;
import cn.villagestats.workbook.WorkbookLimits;
import cn.villagestats.workbook.WorkbookSource;

/**
 * An {@code .xlsx}/{@code .xlsm} workbook read part by part: shared strings and styles
 * are loaded once, each sheet's XML is pulled row by row. Macros are never touched.
 */
public final class XlsxWorkbookSource implements WorkbookSource {

    /** The relationships of a workbook to its sheets that POI's reader followed. */
    private static final Set<String> SHEET_RELATIONS = Set.of(XSSFRelation.WORKSHEET.getRelation(),
            XSSFRelation.CHARTSHEET.getRelation(), XSSFRelation.MACRO_SHEET_BIN.getRelation());

    private final OPCPackage pkg;
    private final Map<String, PackagePart> sheets;
    private final XlsxCellReader cells;

    private XlsxWorkbookSource(OPCPackage pkg, Map<String, PackagePart> sheets, XlsxCellReader cells) {
        this.pkg = pkg;
        this.sheets = sheets;
        this.cells = cells;
    }

    public static XlsxWorkbookSource open(Path file, WorkbookLimits limits) throws UnreadableWorkbookException {
        // the directory may lie about sizes: POI also checks while it inflates
        ZipSecureFile.setMinInflateRatio(limits.minInflateRatio());
        ZipSecureFile.setMaxEntrySize(limits.maxPartBytes());
        ZipSecureFile zip = OfficePackageCheck.open(file, limits);
        OPCPackage pkg;
        try {
            // read-only, as PackageAccess.READ: POI closes the zip when the package is reverted
            pkg = OPCPackage.open(new ZipFileZipEntrySource(zip));
        } catch (Exception e) {
            Quietly.close(zip);
            UnreadableWorkbookException known = Unreadable.whileParsing("[Content_Types].xml", e);
            if (known != null) {
                throw known;
            }
            // a zip that is no Office package looks the same as a cut-off workbook here
            throw Unreadable.of("文件不是Excel工作簿，或已损坏", "the file is not an Excel workbook or is damaged", e);
        }
        try {
            PackagePart workbookPart = workbookPart(pkg);
            WorkbookXml workbook;
            try (InputStream in = workbookPart.getInputStream()) {
                workbook = WorkbookXml.read(in, workbookPart.getPartName().getName());
            }
            Map<String, PackagePart> sheets = new LinkedHashMap<>();
            for (WorkbookXml.SheetEntry sheet : workbook.sheets()) {
                sheets.putIfAbsent(sheet.name(), sheetPart(pkg, workbookPart, sheet));
            }
            XlsxCellReader cells = new XlsxCellReader(sharedStrings(pkg), dateStyles(pkg), workbook.date1904());
            return new XlsxWorkbookSource(pkg, sheets, cells);
        } catch (Exception e) {
            pkg.revert();
            if (e instanceof UnreadableWorkbookException unreadable) {
                throw unreadable;
            }
            UnreadableWorkbookException known = Unreadable.whileParsing("xl/sharedStrings.xml", e);
            throw known != null ? known : Unreadable.damaged(e);
        }
    }

    @Override
    public List<String> sheetNames() {
        return new ArrayList<>(sheets.keySet());
    }

    @Override
    public SheetCursor openSheet(String name) throws UnreadableWorkbookException {
        PackagePart part = sheets.get(name);
        if (part == null) {
            throw new IllegalArgumentException("no sheet " + name);
        }
        InputStream in = null;
        try {
            in = part.getInputStream();
            return XlsxSheetScanner.open(name, in, cells);
        } catch (IOException | XMLStreamException | RuntimeException e) {
            Quietly.close(in);
            UnreadableWorkbookException known = Unreadable.whileParsing(name, e);
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

    /** The workbook part, which the package's relationships name as its main document. */
    private static PackagePart workbookPart(OPCPackage pkg) throws Exception {
        PackageRelationship main = pkg.getRelationshipsByType(PackageRelationshipTypes.CORE_DOCUMENT).getRelationship(0);
        PackagePart part = main == null ? null : pkg.getPart(main);
        if (part == null) {
            // a Strict OOXML workbook names its main document otherwise; POI's reader refused those as well
            throw Unreadable.damaged(null);
        }
        return part;
    }

    /** The part a sheet's relationship id leads to; it must be a worksheet (or chart or macro sheet). */
    private static PackagePart sheetPart(OPCPackage pkg, PackagePart workbookPart, WorkbookXml.SheetEntry sheet)
            throws Exception {
        PackageRelationship relationship = workbookPart.getRelationship(sheet.relationId());
        PackagePart part = relationship == null || !SHEET_RELATIONS.contains(relationship.getRelationshipType())
                ? null : pkg.getPart(PackagingURIHelper.createPartName(relationship.getTargetURI()));
        if (part == null) {
            throw Unreadable.sheetDamaged(sheet.name(), null);
        }
        return part;
    }

    /** Which cell styles are dates; a workbook without a styles part has none. */
    private static DateStyles dateStyles(OPCPackage pkg) throws Exception {
        List<PackagePart> parts = pkg.getPartsByContentType(XSSFRelation.STYLES.getContentType());
        if (parts.isEmpty()) {
            return DateStyles.none();
        }
        PackagePart part = parts.get(0);
        try (InputStream in = part.getInputStream()) {
            return DateStyles.read(in, part.getPartName().getName());
        }
    }
}
