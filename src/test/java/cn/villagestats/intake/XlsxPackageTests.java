package cn.villagestats.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Parts found through the package's relationships, whatever they are named, and packages that do not add up. */
class XlsxPackageTests {

    private static final String WORKBOOK_RELS = "xl/_rels/workbook.xml.rels";

    @TempDir
    Path dir;

    @Test
    void shouldReadASheetWhosePartHasAnotherNameInAnotherFolder() throws Exception {
        // given the toilet sheet moved to a Chinese name, its relationship an absolute, escaped URI
        Path file = ReturnFixture.standard().write(Format.XLSX, dir);
        ZipParts.rename(file, "xl/worksheets/sheet2.xml", "xl/表格/卫生 改厕.xml");
        String escaped = URLEncoder.encode("表格", StandardCharsets.UTF_8) + "/"
                + URLEncoder.encode("卫生 改厕", StandardCharsets.UTF_8).replace("+", "%20") + ".xml";
        ZipParts.rewrite(file, WORKBOOK_RELS, xml -> xml.replace("\"worksheets/sheet2.xml\"", "\"/xl/" + escaped + "\""));

        // when
        try (WorkbookSource source = XlsxWorkbookSource.open(file, IntakeLimits.defaults());
                SheetCursor cursor = source.openSheet("卫生改厕")) {
            // then
            assertThat(cursor.next().cell(1).text()).isEqualTo("户主姓名");
        }
    }

    @Test
    void shouldRejectAPackageThatDoesNotSayWhereItsWorkbookIs() throws Exception {
        // given
        Path file = ReturnFixture.standard().write(Format.XLSX, dir);
        ZipParts.remove(file, "_rels/.rels");

        // when / then
        assertThatThrownBy(() -> XlsxWorkbookSource.open(file, IntakeLimits.defaults()))
                .isInstanceOf(UnreadableReturnException.class)
                .hasMessage("the workbook is damaged and cannot be read");
    }

    @Test
    void shouldRejectAWorkbookWhoseSheetHasNoPart() throws Exception {
        // given
        Path file = ReturnFixture.standard().write(Format.XLSX, dir);
        ZipParts.remove(file, "xl/worksheets/sheet3.xml");

        // when / then
        assertThatThrownBy(() -> XlsxWorkbookSource.open(file, IntakeLimits.defaults()))
                .isInstanceOf(UnreadableReturnException.class)
                .hasMessage("sheet 道路硬化 is damaged and cannot be read");
    }

    @Test
    void shouldRejectAZipOfMoreEntriesThanPoiAllowsAWorkbook() throws Exception {
        // given
        Path file = ReturnFixture.standard().write(Format.XLSX, dir);
        ZipParts.addEntries(file, "xl/media", 1000);

        // when / then
        assertThatThrownBy(() -> XlsxWorkbookSource.open(file, IntakeLimits.defaults()))
                .isInstanceOf(UnreadableReturnException.class)
                .hasMessage("the workbook is damaged and cannot be read");
    }

    @Test
    void shouldReadSharedStringsUnderAnotherName() throws Exception {
        // given
        Path file = sharedStringsRenamed();

        // when
        try (WorkbookSource source = XlsxWorkbookSource.open(file, IntakeLimits.defaults());
                SheetCursor cursor = source.openSheet("封面")) {
            // then
            assertThat(cursor.next().cell(0).text()).isEqualTo("村代码");
        }
    }

    @Test
    void shouldHoldSharedStringsUnderAnotherNameToTheirLimit() throws Exception {
        // given a limit the fixture's few strings exceed
        Path file = sharedStringsRenamed();
        IntakeLimits limits = new IntakeLimits(1 << 20, 64, 1 << 20, 0.01, 100);

        // when / then
        assertThatThrownBy(() -> XlsxWorkbookSource.open(file, limits))
                .isInstanceOf(UnreadableReturnException.class)
                .hasMessageContaining("shared strings table too large");
    }

    private Path sharedStringsRenamed() throws Exception {
        Path file = ReturnFixture.standard().write(Format.XLSX, dir);
        ZipParts.rename(file, "xl/sharedStrings.xml", "xl/strings.xml");
        ZipParts.rewrite(file, WORKBOOK_RELS, xml -> xml.replace("\"sharedStrings.xml\"", "\"strings.xml\""));
        return file;
    }
}
