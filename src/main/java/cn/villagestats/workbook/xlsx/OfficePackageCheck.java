package cn.villagestats.workbook.xlsx;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.poi.openxml4j.util.ZipArchiveThresholdInputStream;
import org.apache.poi.openxml4j.util.ZipSecureFile;

import cn.villagestats.workbook.Quietly;
import cn.villagestats.workbook.Unreadable;
import cn.villagestats.workbook.UnreadableWorkbookException;
import cn.villagestats.workbook.WorkbookLimits;
import cn.villagestats.workbook.WorkbookSources;

/**
 * Looks at a zip's directory before POI parses anything: a zip bomb, an oversized
 * shared-strings table or a plain zip archive of workbooks is turned away here, with a
 * reason, while it costs nothing. The zip it checked is the one POI then reads, so that the
 * directory is read once per workbook. A DTD in a package part is refused here too, before POI
 * parses the part and logs an error of its own. Entry names without the zip's UTF-8 flag are read as
 * GBK, as Chinese Windows zip tools write them, for the reason that names them.
 */
final class OfficePackageCheck {

    /** Parts smaller than this are never called a bomb, however well they compress. */
    private static final long GRACE_BYTES = 1024L * 1024L;
    private static final Charset GBK = Charset.forName("GBK");

    private OfficePackageCheck() {
    }

    /** The file's zip, checked and open, for POI to read its parts through; closed if refused. */
    static ZipSecureFile open(Path file, WorkbookLimits limits) throws UnreadableWorkbookException {
        ZipSecureFile zip;
        try {
            zip = new ZipSecureFile(file.toFile());
        } catch (IOException | RuntimeException e) {
            throw Unreadable.truncated(e);
        }
        try {
            check(zip, file, limits);
            return zip;
        } catch (UnreadableWorkbookException | RuntimeException e) {
            Quietly.close(zip);
            throw e;
        }
    }

    private static void check(ZipSecureFile zip, Path file, WorkbookLimits limits) throws UnreadableWorkbookException {
        try {
            boolean officePackage = false;
            for (ZipArchiveEntry entry : Collections.list(zip.getEntries())) {
                String name = entry.getName();
                officePackage |= name.equals("[Content_Types].xml");
                // the shared strings first: too big is the more useful reason than too compressible
                if (name.toLowerCase(Locale.ROOT).endsWith("sharedstrings.xml")) {
                    checkSharedStrings(zip, entry, limits);
                }
                checkSize(entry, limits);
                checkProlog(zip, entry);
            }
            if (!officePackage) {
                List<String> workbooks = workbooksInside(file);
                throw workbooks.isEmpty() ? Unreadable.notAWorkbook(null) : Unreadable.zipOfWorkbooks(workbooks);
            }
        } catch (IOException | RuntimeException e) {
            throw Unreadable.truncated(e);
        }
    }

    /**
     * A package part POI would parse must not declare a DTD. Sheets and shared strings are
     * left to the project's own parsers, which refuse one naming the sheet.
     */
    private static void checkProlog(ZipSecureFile zip, ZipArchiveEntry entry)
            throws IOException, UnreadableWorkbookException {
        String name = entry.getName();
        String lower = name.toLowerCase(Locale.ROOT);
        if (entry.isDirectory() || !(lower.endsWith(".xml") || lower.endsWith(".rels"))
                || lower.startsWith("xl/worksheets/") || lower.endsWith("sharedstrings.xml")) {
            return;
        }
        try (ZipArchiveThresholdInputStream in = zip.getInputStream(entry)) {
            if (PackageProlog.declaresDoctype(in)) {
                throw Unreadable.externalEntity(name, null);
            }
        }
    }

    /** The workbooks a plain zip archive holds, their names read as GBK where not flagged UTF-8. */
    private static List<String> workbooksInside(Path file) throws IOException {
        List<String> workbooks = new ArrayList<>();
        try (ZipFile zip = ZipFile.builder().setPath(file).setCharset(GBK).get()) {
            for (ZipArchiveEntry entry : Collections.list(zip.getEntries())) {
                String name = entry.getName();
                String lower = name.toLowerCase(Locale.ROOT);
                if (lower.endsWith(".xlsx") || lower.endsWith(".xls") || lower.endsWith(".xlsm")) {
                    workbooks.add(name.substring(name.lastIndexOf('/') + 1));
                }
            }
        }
        return workbooks;
    }

    private static void checkSize(ZipArchiveEntry entry, WorkbookLimits limits) throws UnreadableWorkbookException {
        long size = entry.getSize();
        long compressed = entry.getCompressedSize();
        if (size > limits.maxPartBytes()) {
            throw Unreadable.partTooLarge(entry.getName(), size);
        }
        if (size > GRACE_BYTES && compressed >= 0 && (double) compressed / size < limits.minInflateRatio()) {
            throw Unreadable.zipBomb(null);
        }
    }

    /**
     * The shared strings are held in memory while the sheets are read, so their real inflated
     * size is measured (the size the directory states may lie), stopping at the limit.
     */
    private static void checkSharedStrings(ZipSecureFile zip, ZipArchiveEntry entry, WorkbookLimits limits)
            throws IOException, UnreadableWorkbookException {
        if (entry.getSize() > limits.maxSharedStringsBytes()) {
            throw Unreadable.sharedStringsTooLarge(entry.getSize(), limits.maxSharedStringsBytes());
        }
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        try (ZipArchiveThresholdInputStream in = zip.getInputStream(entry)) {
            // measured here against the limit, not stopped by POI's ratio guard, which watches the sheets
            in.setGuardState(false);
            int n;
            while ((n = in.read(buffer)) > 0) {
                total += n;
                if (total > limits.maxSharedStringsBytes()) {
                    throw Unreadable.sharedStringsTooLarge(total, limits.maxSharedStringsBytes());
                }
            }
        }
    }
}
