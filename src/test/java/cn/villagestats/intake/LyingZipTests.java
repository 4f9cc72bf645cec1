package cn.villagestats.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import cn.villagestats.programme.StandardProgrammes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A zip bomb whose directory lies about its sizes passes the check of the directory; POI's
 * own check while inflating must still stop it, and the reason must still say zip bomb.
 */
class LyingZipTests {

    private static final String COVER_PART = "xl/worksheets/sheet1.xml";

    @TempDir
    Path dir;

    @Test
    void shouldStopAZipBombWhoseDirectoryUnderstatesItsSizeWhileInflating() throws Exception {
        // given a workbook whose cover sheet inflates to 200 MB but whose directory says 1000 bytes
        Path honest = bomb(ReturnFixture.standard().write(Format.XLSX, dir), dir.resolve("bomb.xlsx"));
        Path lying = understate(honest, COVER_PART, 1000);

        // when / then
        assertThatThrownBy(() -> {
            try (ReturnWorkbook workbook = ReturnWorkbookReader.open(lying, StandardProgrammes.SHEETS)) {
                while (workbook.next() != null) {
                    // reading is what inflates
                }
            }
        }).isInstanceOfSatisfying(UnreadableReturnException.class, e -> {
            assertThat(e.reasonEn()).contains("zip bomb");
            assertThat(e.reasonZh()).contains("压缩炸弹");
        });
    }

    @Test
    void shouldCallSharedStringsThatInflatePastTheLimitTooLargeWhateverTheirDirectorySays() throws Exception {
        // given shared strings that inflate to 8 MB of one repeated row (a bomb's ratio), stated as 1000 bytes
        Path workbook = ReturnFixture.standard().write(Format.XLSX, dir);
        Path lying = understate(replace(workbook, "xl/sharedStrings.xml", dir.resolve("strings.xlsx"), out -> {
            out.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\""
                    + "http://schemas.openxmlformats.org/spreadsheetml/2006/main\">").getBytes(StandardCharsets.UTF_8));
            byte[] chunk = "<si><t>村东路村西路村南路</t></si>".repeat(10_000).getBytes(StandardCharsets.UTF_8);
            for (long written = 0; written < 8L * 1024 * 1024; written += chunk.length) {
                out.write(chunk);
            }
            out.write("</sst>".getBytes(StandardCharsets.UTF_8));
        }), "xl/sharedStrings.xml", 1000);
        IntakeLimits fourMegabytes = new IntakeLimits(100L << 20, 4L << 20, 1L << 30, 0.01, 20_000);

        // when / then the check measures them to its own limit; POI's ratio guard does not cut it short
        assertThatThrownBy(() -> ReturnWorkbookReader.open(lying, fourMegabytes, StandardProgrammes.SHEETS).close())
                .isInstanceOfSatisfying(UnreadableReturnException.class, e -> {
                    assertThat(e.reasonEn()).contains("shared strings table too large");
                    assertThat(e.reasonZh()).contains("共享字符串表");
                });
    }

    private static Path bomb(Path workbook, Path file) throws IOException {
        return replace(workbook, COVER_PART, file, out -> {
            out.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\""
                    + "http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>")
                    .getBytes(StandardCharsets.UTF_8));
            byte[] spaces = new byte[1024 * 1024];
            Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < 200; i++) {
                out.write(spaces);
            }
            out.write("</sheetData></worksheet>".getBytes(StandardCharsets.UTF_8));
        });
    }

    /** Content of a part, written into the zip. */
    private interface Part {
        void write(OutputStream out) throws IOException;
    }

    private static Path replace(Path workbook, String part, Path file, Part content) throws IOException {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(workbook));
                ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(file))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                out.putNextEntry(new ZipEntry(entry.getName()));
                if (entry.getName().equals(part)) {
                    content.write(out);
                } else {
                    in.transferTo(out);
                }
                out.closeEntry();
            }
        }
        return file;
    }

    /** Rewrites the uncompressed size the central directory states for one entry. */
    private static Path understate(Path zip, String entryName, int size) throws IOException {
        byte[] bytes = Files.readAllBytes(zip);
        ByteBuffer buffer = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        byte[] name = entryName.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i + 46 < bytes.length; i++) {
            if (buffer.getInt(i) == 0x02014b50 && buffer.getShort(i + 28) == name.length
                    && Arrays.equals(bytes, i + 46, i + 46 + name.length, name, 0, name.length)) {
                buffer.putInt(i + 24, size);
            }
        }
        return Files.write(zip, bytes);
    }
}
