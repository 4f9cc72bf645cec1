package cn.villagestats.consolidation;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import cn.villagestats.programme.StandardProgrammes;
import cn.villagestats.programme.toilets.ToiletSheet;
import cn.villagestats.registry.Village;
import cn.villagestats.returns.ReturnColumn;
import cn.villagestats.returns.ReturnSheet;
import cn.villagestats.spreadsheet.WorkbookBuilder;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Builds the broken and hostile files an inbox may receive. The big ones (zip bomb, a
 * million rows, a huge shared-strings table) are written at run time, small on disk.
 */
final class HostileFiles {

    /** Sheet parts of a workbook written by {@link #minimalReturn}: the sheets in creation order. */
    static final String COVER_PART = "xl/worksheets/sheet1.xml";
    static final String TOILETS_PART = "xl/worksheets/sheet2.xml";

    private HostileFiles() {
    }

    /** A valid return with headers and no data row, so its sheets sit at known parts. */
    static Path minimalReturn(Village village, Path file) throws IOException {
        try (WorkbookBuilder workbook = WorkbookBuilder.xlsx()) {
            workbook.sheet("封面").row("村代码", village.code()).row("村名", village.name())
                    .row("报告期", "2020-12").row("填报人", "张三");
            for (ReturnSheet sheet : StandardProgrammes.SHEETS) {
                workbook.sheet(sheet.chineseName()).row(sheet.columns().stream().map(ReturnColumn::header)
                        .toArray());
            }
            workbook.writeTo(file);
        }
        return file;
    }

    static Path randomBytes(Path file, int size) throws IOException {
        byte[] noise = new byte[size];
        new Random(11).nextBytes(noise);
        return Files.write(file, noise);
    }

    static Path truncated(Path workbook, Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(workbook);
        return Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length * 2 / 3));
    }

    /** The workbook encrypted with a password the way Excel does (agile encryption in an OLE2 container). */
    static Path passwordProtected(Path workbook, Path file) throws Exception {
        EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
        Encryptor encryptor = info.getEncryptor();
        encryptor.confirmPassword("village123");
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            try (OutputStream data = encryptor.getDataStream(fs)) {
                Files.copy(workbook, data);
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                fs.writeFilesystem(out);
            }
        }
        return file;
    }

    /** A copy of the workbook with one part's bytes replaced by what {@code content} writes. */
    static Path replacingPart(Path workbook, Path file, String part, PartWriter content) throws IOException {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(workbook));
                ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(file))) {
            out.setLevel(Deflater.DEFAULT_COMPRESSION);
            boolean replaced = false;
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                out.putNextEntry(new ZipEntry(entry.getName()));
                if (entry.getName().equals(part)) {
                    content.write(out);
                    replaced = true;
                } else {
                    in.transferTo(out);
                }
                out.closeEntry();
            }
            if (!replaced) {
                out.putNextEntry(new ZipEntry(part));
                content.write(out);
                out.closeEntry();
            }
        }
        return file;
    }

    /** The same part repeated: {@code megabytes} of white space inside a sheet inflate from a few hundred KB. */
    static PartWriter zipBombSheet(int megabytes) {
        return out -> {
            out.write(sheetStart().getBytes(StandardCharsets.UTF_8));
            byte[] spaces = new byte[1024 * 1024];
            java.util.Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < megabytes; i++) {
                out.write(spaces);
            }
            out.write("</sheetData></worksheet>".getBytes(StandardCharsets.UTF_8));
        };
    }

    /** A sheet that declares an external entity and uses it in a cell. */
    static PartWriter externalEntitySheet(Path secret) {
        return out -> out.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<!DOCTYPE worksheet [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>"
                + sheetStart().substring(sheetStart().indexOf("<worksheet"))
                + "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>村代码</t></is></c>"
                + "<c r=\"B1\" t=\"inlineStr\"><is><t>&xxe;</t></is></c></row>"
                + "</sheetData></worksheet>").getBytes(StandardCharsets.UTF_8));
    }

    /** A shared-strings table that declares an external entity and uses it in a string. */
    static PartWriter externalEntitySharedStrings(Path secret) {
        return out -> out.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<!DOCTYPE sst [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>"
                + "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                + "<si><t>&xxe;</t></si></sst>").getBytes(StandardCharsets.UTF_8));
    }

    /** The toilet sheet's header, then {@code rows} data rows that differ from each other (so they compress as data does). */
    static PartWriter manyRowsSheet(int rows) {
        return out -> {
            StringBuilder xml = new StringBuilder(sheetStart()).append("<row r=\"1\">");
            char column = 'A';
            for (ReturnColumn c : ToiletSheet.SHEET.columns()) {
                xml.append("<c r=\"").append(column++).append("1\" t=\"inlineStr\"><is><t>").append(c.header())
                        .append("</t></is></c>");
            }
            out.write(xml.append("</row>").toString().getBytes(StandardCharsets.UTF_8));
            Random random = new Random(5);
            for (int r = 2; r <= rows + 1; r++) {
                out.write(("<row r=\"" + r + "\"><c r=\"A" + r + "\"><v>" + random.nextInt(1_000_000)
                        + "</v></c><c r=\"I" + r + "\"><v>" + random.nextInt(5000) + "</v></c></row>")
                        .getBytes(StandardCharsets.US_ASCII));
            }
            out.write("</sheetData></worksheet>".getBytes(StandardCharsets.UTF_8));
        };
    }

    /** A shared-strings table of {@code megabytes}, the same short string over and over. */
    static PartWriter hugeSharedStrings(int megabytes) {
        return out -> {
            out.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\""
                    + "http://schemas.openxmlformats.org/spreadsheetml/2006/main\">").getBytes(StandardCharsets.UTF_8));
            byte[] chunk = "<si><t>村东路村西路村南路</t></si>".repeat(20_000).getBytes(StandardCharsets.UTF_8);
            for (long written = 0; written < megabytes * 1024L * 1024L; written += chunk.length) {
                out.write(chunk);
            }
            out.write("</sst>".getBytes(StandardCharsets.UTF_8));
        };
    }

    /** A plain zip archive holding a workbook, its entry names in GBK as Chinese Windows zip tools write them. */
    static Path gbkZipOf(Path workbook, String entryName, Path file) throws IOException {
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(file), Charset.forName("GBK"))) {
            out.putNextEntry(new ZipEntry("报表/" + entryName));
            Files.copy(workbook, out);
            out.closeEntry();
        }
        return file;
    }

    private static String sheetStart() {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>";
    }

    /** Writes the bytes of one zip part. */
    @FunctionalInterface
    interface PartWriter {
        void write(OutputStream out) throws IOException;
    }
}
