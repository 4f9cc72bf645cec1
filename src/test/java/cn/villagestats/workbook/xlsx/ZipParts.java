package cn.villagestats.workbook.xlsx;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/** Reads and edits single XML parts of a written {@code .xlsx}, for what the builder cannot write. */
public final class ZipParts {

    private ZipParts() {
    }

    static String read(Path workbook, String part) throws IOException {
        try (ZipFile zip = new ZipFile(workbook.toFile()); InputStream in = zip.getInputStream(zip.getEntry(part))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static InputStream stream(String xml) {
        return new java.io.ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8));
    }

    /** Rewrites one part in place; the edit must change it. */
    public static void rewrite(Path workbook, String part, UnaryOperator<String> edit) throws IOException {
        Path copy = workbook.resolveSibling(workbook.getFileName() + ".tmp");
        boolean edited = false;
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(workbook));
                ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(copy))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                out.putNextEntry(new ZipEntry(entry.getName()));
                byte[] bytes = in.readAllBytes();
                if (entry.getName().equals(part)) {
                    String xml = new String(bytes, StandardCharsets.UTF_8);
                    String changed = edit.apply(xml);
                    edited = !changed.equals(xml);
                    bytes = changed.getBytes(StandardCharsets.UTF_8);
                }
                out.write(bytes);
                out.closeEntry();
            }
        }
        if (!edited) {
            throw new IllegalStateException("the edit left " + part + " unchanged");
        }
        Files.move(copy, workbook, StandardCopyOption.REPLACE_EXISTING);
    }
}
