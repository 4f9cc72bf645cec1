package cn.villagestats.intake;

import java.io.ByteArrayInputStream;
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

/** Reads and edits the parts of a written {@code .xlsx}, for what the builder cannot write. */
final class ZipParts {

    private ZipParts() {
    }

    static String read(Path workbook, String part) throws IOException {
        try (ZipFile zip = new ZipFile(workbook.toFile()); InputStream in = zip.getInputStream(zip.getEntry(part))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static InputStream stream(String xml) {
        return new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8));
    }

    /** Rewrites one part's XML in place; the edit must change it. */
    static void rewrite(Path workbook, String part, UnaryOperator<String> edit) throws IOException {
        boolean[] edited = new boolean[1];
        copy(workbook, (out, name, bytes) -> {
            if (name.equals(part)) {
                String xml = new String(bytes, StandardCharsets.UTF_8);
                String changed = edit.apply(xml);
                edited[0] = !changed.equals(xml);
                bytes = changed.getBytes(StandardCharsets.UTF_8);
            }
            put(out, name, bytes);
        });
        if (!edited[0]) {
            throw new IllegalStateException("the edit left " + part + " unchanged");
        }
    }

    /** Moves a part to another name, leaving references to it as they are. */
    static void rename(Path workbook, String from, String to) throws IOException {
        copy(workbook, (out, name, bytes) -> put(out, name.equals(from) ? to : name, bytes));
    }

    static void remove(Path workbook, String part) throws IOException {
        copy(workbook, (out, name, bytes) -> {
            if (!name.equals(part)) {
                put(out, name, bytes);
            }
        });
    }

    /** Adds {@code count} small entries under {@code folder}. */
    static void addEntries(Path workbook, String folder, int count) throws IOException {
        boolean[] added = new boolean[1];
        copy(workbook, (out, name, bytes) -> {
            put(out, name, bytes);
            if (!added[0]) {
                added[0] = true;
                for (int i = 0; i < count; i++) {
                    put(out, folder + "/item" + i + ".xml", "<x/>".getBytes(StandardCharsets.UTF_8));
                }
            }
        });
    }

    private static void put(ZipOutputStream out, String name, byte[] bytes) throws IOException {
        out.putNextEntry(new ZipEntry(name));
        out.write(bytes);
        out.closeEntry();
    }

    private static void copy(Path workbook, Editor editor) throws IOException {
        Path copy = workbook.resolveSibling(workbook.getFileName() + ".tmp");
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(workbook));
                ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(copy))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                editor.edit(out, entry.getName(), in.readAllBytes());
            }
        }
        Files.move(copy, workbook, StandardCopyOption.REPLACE_EXISTING);
    }

    @FunctionalInterface
    private interface Editor {
        void edit(ZipOutputStream out, String name, byte[] bytes) throws IOException;
    }
}
