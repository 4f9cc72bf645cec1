package cn.villagestats.intake;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;

/**
 * Looks at a zip's directory before POI parses anything: a zip bomb, an oversized
 * shared-strings table or a plain zip archive of workbooks is turned away here, with a
 * reason, while it costs nothing. Entry names without the zip's UTF-8 flag are read as
 * GBK, as Chinese Windows zip tools write them.
 */
final class OfficePackageCheck {

    /** Parts smaller than this are never called a bomb, however well they compress. */
    private static final long GRACE_BYTES = 1024L * 1024L;
    private static final Charset GBK = Charset.forName("GBK");

    private OfficePackageCheck() {
    }

    static void check(Path file, IntakeLimits limits) throws UnreadableReturnException {
        try (ZipFile zip = ZipFile.builder().setPath(file).setCharset(GBK).get()) {
            boolean officePackage = false;
            List<String> workbooks = new ArrayList<>();
            for (ZipArchiveEntry entry : Collections.list(zip.getEntries())) {
                String name = entry.getName();
                officePackage |= name.equals("[Content_Types].xml");
                String lower = name.toLowerCase(Locale.ROOT);
                if (lower.endsWith(".xlsx") || lower.endsWith(".xls") || lower.endsWith(".xlsm")) {
                    workbooks.add(name.substring(name.lastIndexOf('/') + 1));
                }
                // the shared strings first: too big is the more useful reason than too compressible
                if (lower.endsWith("sharedstrings.xml")) {
                    checkSharedStrings(zip, entry, limits);
                }
                checkSize(entry, limits);
            }
            if (!officePackage) {
                throw workbooks.isEmpty() ? WorkbookSources.notAWorkbook(null) : Unreadable.zipOfWorkbooks(workbooks);
            }
        } catch (IOException | RuntimeException e) {
            throw Unreadable.truncated(e);
        }
    }

    private static void checkSize(ZipArchiveEntry entry, IntakeLimits limits) throws UnreadableReturnException {
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
    private static void checkSharedStrings(ZipFile zip, ZipArchiveEntry entry, IntakeLimits limits)
            throws IOException, UnreadableReturnException {
        if (entry.getSize() > limits.maxSharedStringsBytes()) {
            throw Unreadable.sharedStringsTooLarge(entry.getSize(), limits.maxSharedStringsBytes());
        }
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        try (InputStream in = zip.getInputStream(entry)) {
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
