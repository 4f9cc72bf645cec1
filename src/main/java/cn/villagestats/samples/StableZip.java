package cn.villagestats.samples;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Rewrites an {@code .xlsx} with every zip entry stamped with one fixed time. POI stamps
 * entries with the clock, so without this the committed samples would change on every run
 * although their contents do not.
 */
final class StableZip {

    private static final FileTime FIXED = FileTime.from(Instant.parse("2021-01-01T00:00:00Z"));

    private StableZip() {
    }

    static void normalise(Path file) throws IOException {
        ByteArrayOutputStream rewritten = new ByteArrayOutputStream();
        try (InputStream raw = Files.newInputStream(file);
             ZipInputStream in = new ZipInputStream(raw);
             ZipOutputStream out = new ZipOutputStream(rewritten)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                ZipEntry copy = new ZipEntry(entry.getName());
                copy.setLastModifiedTime(FIXED);
                out.putNextEntry(copy);
                in.transferTo(out);
                out.closeEntry();
            }
        }
        try (OutputStream target = Files.newOutputStream(file)) {
            rewritten.writeTo(target);
        }
    }
}
