package cn.villagestats.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import cn.villagestats.programme.roads.RoadSheet;
import cn.villagestats.spreadsheet.Formula;
import cn.villagestats.spreadsheet.SheetBuilder.Styled;
import cn.villagestats.workbook.CellKind;
import cn.villagestats.workbook.SheetCell;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What only an {@code .xlsx} can hold: uncalculated formulas and the 1904 date system. */
class XlsxSpecificReadingTests {

    @TempDir
    Path dir;

    @Test
    void shouldMarkAFormulaWithoutASavedResult() throws Exception {
        // given an area formula that was never calculated
        Path file = ReturnFixture.standard()
                .sheet("道路硬化", roads -> roads.row(ReturnFixture.ROAD_HEADERS)
                        .row(1, "村东路", 1250, 4, new Formula("C2*D2", null)))
                .write(Format.XLSX, dir);

        // when
        SheetCell area = ReturnReading.allRows(file).get(0).cell(RoadSheet.AREA_M2);

        // then
        assertThat(area.kind()).isEqualTo(CellKind.FORMULA_WITHOUT_RESULT);
        assertThat(area.text()).isEqualTo("=C2*D2");
    }

    @Test
    void shouldReadDatesOfA1904WorkbookAsTheSameDayIn1900Serials() throws Exception {
        // given a 1904-system workbook holding 2020-05-03, which is day 42492 there (43954 in 1900)
        Path file = ReturnFixture.standard()
                .sheet("道路硬化", roads -> roads.row(ReturnFixture.ROAD_HEADERS)
                        .row(1, "村东路", null, null, null, null, null, null, new Styled(42492, "yyyy-mm-dd")))
                .write(Format.XLSX, dir);
        switchTo1904(file);

        // when
        SheetCell completed = ReturnReading.allRows(file).get(0).cell(RoadSheet.COMPLETED_ON);

        // then
        assertThat(completed).extracting(SheetCell::kind, SheetCell::text, SheetCell::number)
                .containsExactly(CellKind.DATE, "2020-05-03", 43954.0);
    }

    /** Sets {@code date1904} in the workbook part: the builder always writes the 1900 system. */
    private static void switchTo1904(Path file) throws IOException {
        Path copy = file.resolveSibling("copy.zip");
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(file));
                ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(copy))) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                out.putNextEntry(new ZipEntry(entry.getName()));
                byte[] bytes = in.readAllBytes();
                if (entry.getName().equals("xl/workbook.xml")) {
                    String xml = new String(bytes, StandardCharsets.UTF_8);
                    String switched = xml.replace("date1904=\"false\"", "date1904=\"true\"");
                    assertThat(switched).isNotEqualTo(xml);
                    bytes = switched.getBytes(StandardCharsets.UTF_8);
                }
                out.write(bytes);
                out.closeEntry();
            }
        }
        Files.move(copy, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
}
