package cn.villagestats.intake;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

import cn.villagestats.programme.StandardProgrammes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Files that are not readable workbooks are rejected with a reason, never a raw POI error. */
class UnreadableWorkbookTests {

    @TempDir
    Path dir;

    @Test
    void shouldRejectAnEmptyFile() throws Exception {
        // given
        Path file = Files.createFile(dir.resolve("空.xlsx"));

        // when / then
        assertThatThrownBy(() -> ReturnWorkbookReader.open(file, StandardProgrammes.SHEETS))
                .isInstanceOf(UnreadableReturnException.class)
                .hasMessage("the file is empty");
    }

    @Test
    void shouldRejectRandomBytesAsNotAWorkbook() throws Exception {
        // given
        byte[] noise = new byte[4096];
        new Random(7).nextBytes(noise);
        Path file = Files.write(dir.resolve("return.xls"), noise);

        // when / then
        assertThatThrownBy(() -> ReturnWorkbookReader.open(file, StandardProgrammes.SHEETS))
                .isInstanceOfSatisfying(UnreadableReturnException.class, e -> {
                    org.assertj.core.api.Assertions.assertThat(e.reasonZh()).isEqualTo("文件不是Excel工作簿");
                    org.assertj.core.api.Assertions.assertThat(e.reasonEn()).isEqualTo("the file is not an Excel workbook");
                });
    }

    @Test
    void shouldRejectACsvFileNamedLikeAWorkbookAsCsv() throws Exception {
        // given
        Path file = Files.writeString(dir.resolve("return.xlsx"), "村代码,370982104202\n", StandardCharsets.UTF_8);

        // when / then
        assertThatThrownBy(() -> ReturnWorkbookReader.open(file, StandardProgrammes.SHEETS))
                .isInstanceOf(UnreadableReturnException.class)
                .hasMessage("the file is CSV text renamed as a workbook, not an Excel workbook");
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void shouldRejectAWorkbookCutInHalf(Format format) throws Exception {
        // given the first half of a real workbook
        Path whole = ReturnFixture.standard().write(format, dir);
        byte[] bytes = Files.readAllBytes(whole);
        Path file = Files.write(dir.resolve("cut" + format.extension()), java.util.Arrays.copyOf(bytes, bytes.length / 2));

        // when / then
        assertThatThrownBy(() -> ReturnWorkbookReader.open(file, StandardProgrammes.SHEETS))
                .isInstanceOf(UnreadableReturnException.class)
                .hasMessageContaining("damaged");
    }

    @Test
    void shouldReadAnXlsSavedUnderAnXlsxNameByItsContent() throws Exception {
        // given an .xls renamed to .xlsx, as clerks do
        Path xls = ReturnFixture.standard().write(Format.XLS, dir);
        Path renamed = Files.move(xls, dir.resolve("泉里村改厕台账(最终版)(1).xlsx"));

        // when
        try (ReturnWorkbook workbook = ReturnWorkbookReader.open(renamed, StandardProgrammes.SHEETS)) {
            // then
            org.assertj.core.api.Assertions.assertThat(workbook.cover().get(CoverField.VILLAGE_CODE).text())
                    .isEqualTo("370982104202");
        }
    }

    @Test
    void shouldRejectAZipThatIsNoOfficePackage() throws Exception {
        // given a zip holding a text file, named like a workbook
        Path file = dir.resolve("return.xlsx");
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(file))) {
            zip.putNextEntry(new java.util.zip.ZipEntry("台账.txt"));
            zip.write("村东路".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }

        // when / then
        assertThatThrownBy(() -> ReturnWorkbookReader.open(file, StandardProgrammes.SHEETS))
                .isInstanceOf(UnreadableReturnException.class)
                .hasMessageContaining("not an Excel workbook");
    }

    @Test
    void shouldRejectAnEncryptedXlsxAsPasswordProtected() throws Exception {
        // given an OLE2 container holding an encrypted OOXML package, as Excel saves one with a password
        Path file = ole2With(dir.resolve("加密.xlsx"), "EncryptionInfo", "EncryptedPackage");

        // when / then
        assertThatThrownBy(() -> ReturnWorkbookReader.open(file, StandardProgrammes.SHEETS))
                .isInstanceOf(UnreadableReturnException.class)
                .hasMessage("workbook is password-protected");
    }

    @Test
    void shouldRejectAnOle2FileWithoutAWorkbookStream() throws Exception {
        // given an OLE2 file that is no workbook (a Word document, say)
        Path file = ole2With(dir.resolve("return.xls"), "WordDocument");

        // when / then
        assertThatThrownBy(() -> ReturnWorkbookReader.open(file, StandardProgrammes.SHEETS))
                .isInstanceOf(UnreadableReturnException.class)
                .hasMessage("the file is not an Excel workbook");
    }

    private static Path ole2With(Path file, String... entries) throws java.io.IOException {
        try (org.apache.poi.poifs.filesystem.POIFSFileSystem fs = new org.apache.poi.poifs.filesystem.POIFSFileSystem();
                java.io.OutputStream out = Files.newOutputStream(file)) {
            for (String entry : entries) {
                fs.createDocument(new java.io.ByteArrayInputStream(new byte[64]), entry);
            }
            fs.writeFilesystem(out);
        }
        return file;
    }
}
