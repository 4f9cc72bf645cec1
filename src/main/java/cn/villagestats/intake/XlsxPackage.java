package cn.villagestats.intake;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.Map;

import javax.xml.stream.XMLStreamException;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.poi.openxml4j.util.ZipArchiveThresholdInputStream;
import org.apache.poi.openxml4j.util.ZipSecureFile;

/**
 * The zip of an {@code .xlsx}, opened once: its directory is checked ({@link OfficePackageCheck})
 * and its parts are then inflated through POI's {@link ZipArchiveThresholdInputStream}, which
 * stops a part that inflates beyond the limits even when the directory lied about its size.
 * Parts are found through their relationships; POI's {@code OPCPackage} would first parse
 * the content types, every relationship and the document properties with DOM, which cost
 * more than reading a small return's cells.
 */
final class XlsxPackage implements AutoCloseable {

    /** Entry names without the zip's UTF-8 flag are GBK, as Chinese Windows zip tools write them. */
    private static final Charset GBK = Charset.forName("GBK");

    private final ZipFile zip;

    private XlsxPackage(ZipFile zip) {
        this.zip = zip;
    }

    static XlsxPackage open(Path file, IntakeLimits limits) throws UnreadableReturnException {
        ZipFile zip;
        try {
            // local headers are read when a part is opened, not all of them up front
            zip = ZipFile.builder().setPath(file).setCharset(GBK).setIgnoreLocalFileHeader(true).get();
        } catch (IOException | RuntimeException e) {
            throw Unreadable.truncated(e);
        }
        try {
            OfficePackageCheck.check(zip, limits);
        } catch (UnreadableReturnException e) {
            Quietly.close(zip);
            throw e;
        }
        // the directory may lie about sizes: POI's stream checks again while it inflates
        ZipSecureFile.setMinInflateRatio(limits.minInflateRatio());
        ZipSecureFile.setMaxEntrySize(limits.maxPartBytes());
        return new XlsxPackage(zip);
    }

    boolean has(String part) {
        return zip.getEntry(part) != null;
    }

    /** The entry of a part, which must exist. */
    ZipArchiveEntry entry(String part) throws IOException {
        ZipArchiveEntry entry = zip.getEntry(part);
        if (entry == null) {
            throw new IOException("no part " + part);
        }
        return entry;
    }

    /** A part's bytes as they inflate, under POI's watch; the caller closes the stream. */
    InputStream open(String part) throws IOException {
        return new ZipArchiveThresholdInputStream(zip.getInputStream(entry(part)));
    }

    /** The relationships of a part ({@code ""} for the package's own); none when it has no {@code .rels} part. */
    Relationships relationships(String source) throws IOException, XMLStreamException, UnreadableReturnException {
        String part = Relationships.partOf(source);
        if (!has(part)) {
            return new Relationships(Map.of());
        }
        try (InputStream in = open(part)) {
            return Relationships.read(in, source);
        }
    }

    ZipFile zip() {
        return zip;
    }

    @Override
    public void close() {
        Quietly.close(zip);
    }
}
