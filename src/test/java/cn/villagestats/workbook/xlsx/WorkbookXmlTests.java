package cn.villagestats.workbook.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import cn.villagestats.spreadsheet.WorkbookBuilder;
import cn.villagestats.workbook.SheetCursor;
import cn.villagestats.workbook.WorkbookLimits;
import cn.villagestats.workbook.WorkbookSource;

/** The sheets of an {@code .xlsx} in workbook order, their parts, and its date system, from {@code workbook.xml}. */
class WorkbookXmlTests {

    private static final String WORKBOOK = "xl/workbook.xml";

    @TempDir
    Path dir;

    @Test
    void shouldListTheSheetsInOrderWithTheirNamesAndRelationIds() throws Exception {
        // given
        Path file = workbook("封面", "卫生改厕", "R&D <1>");

        // when
        WorkbookXml workbook = WorkbookXml.read(ZipParts.stream(ZipParts.read(file, WORKBOOK)), WORKBOOK);

        // then
        assertThat(workbook.sheets()).extracting(WorkbookXml.SheetEntry::name)
                .containsExactly("封面", "卫生改厕", "R&D <1>");
        assertThat(workbook.sheets()).extracting(WorkbookXml.SheetEntry::relationId).doesNotHaveDuplicates()
                .allSatisfy(id -> assertThat(id).isNotBlank());
        assertThat(workbook.date1904()).isFalse();
    }

    @Test
    void shouldReadSheetsInWorkbookOrderEachFromItsOwnPart() throws Exception {
        // given the last sheet moved to the front in workbook.xml, its part still the last one
        Path file = workbook("甲", "乙", "丙");
        ZipParts.rewrite(file, WORKBOOK, xml -> {
            int first = xml.indexOf("<sheet ");
            int last = xml.lastIndexOf("<sheet ");
            String lastSheet = xml.substring(last, xml.indexOf("/>", last) + 2);
            return xml.substring(0, first) + lastSheet + xml.substring(first, last) + xml.substring(last + lastSheet.length());
        });

        // when
        try (WorkbookSource source = XlsxWorkbookSource.open(file, WorkbookLimits.defaults())) {
            // then
            assertThat(source.sheetNames()).containsExactly("丙", "甲", "乙");
            for (String name : source.sheetNames()) {
                try (SheetCursor cursor = source.openSheet(name)) {
                    assertThat(cursor.next().cell(0).text()).isEqualTo(name + "的内容");
                }
            }
        }
    }

    @ParameterizedTest
    @CsvSource({"true, true", "1, true", "false, false", "0, false"})
    void shouldTellWhetherTheWorkbookCountsDaysFrom1904(String attribute, boolean date1904) throws Exception {
        // given the workbook properties as Excel writes them
        Path file = workbook("封面");
        ZipParts.rewrite(file, WORKBOOK, xml -> xml.replace("<workbookPr date1904=\"false\"/>",
                "<workbookPr date1904=\"" + attribute + "\" defaultThemeVersion=\"124226\"/>"));

        // when
        WorkbookXml workbook = WorkbookXml.read(ZipParts.stream(ZipParts.read(file, WORKBOOK)), WORKBOOK);

        // then
        assertThat(workbook.date1904()).isEqualTo(date1904);
    }

    /** A workbook whose sheets each hold their own name and 的内容 in A1. */
    private Path workbook(String... sheets) throws Exception {
        Path file = dir.resolve("workbook.xlsx");
        try (WorkbookBuilder workbook = WorkbookBuilder.xlsx()) {
            for (String sheet : sheets) {
                workbook.sheet(sheet).row(sheet + "的内容");
            }
            workbook.writeTo(file);
        }
        return file;
    }
}
