package cn.villagestats.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellAddress;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A marked cell keeps its value, takes the mark's fill and carries its reasons in one comment, in every format. */
class CellMarkingTests {

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"xlsx", "xlsx-streaming", "xlsx-streaming-inline", "xls"})
    void shouldFillTheMarkedCellsAndCommentOnThemWhereTheyAre(String format) throws Exception {
        // given a row with two reasons on one cell, a warning without a reason, a reason on a blank cell
        Path file = dir.resolve("marked." + Formats.extension(format));
        try (WorkbookBuilder workbook = Formats.builder(format)) {
            SheetBuilder sheet = workbook.sheet("数据").row("序号", "姓名", "面积");
            sheet.row(1, "王小一", 12.5)
                    .markLastRow(1, Mark.REJECTED, "姓名不能为空")
                    .markLastRow(1, Mark.REJECTED, "姓名过长")
                    .markLastRow(2, Mark.WARNED, null)
                    .markLastRow(4, Mark.REJECTED, "此行缺少日期");
            sheet.row(2, "王小二", 3);
            workbook.writeTo(file);
        }

        // when
        try (Workbook workbook = WorkbookFactory.create(file.toFile(), null, true)) {
            Sheet sheet = workbook.getSheet("数据");
            Cell name = sheet.getRow(1).getCell(1);
            Cell area = sheet.getRow(1).getCell(2);
            Cell blank = sheet.getRow(1).getCell(4);

            // then the values stay, the marks fill, and each comment sits on its own cell
            assertThat(name.getStringCellValue()).isEqualTo("王小一");
            assertThat(area.getNumericCellValue()).isEqualTo(12.5);
            assertThat(fill(name)).isEqualTo(IndexedColors.RED.getIndex());
            assertThat(fill(area)).isEqualTo(IndexedColors.YELLOW.getIndex());
            assertThat(fill(blank)).isEqualTo(IndexedColors.RED.getIndex());
            assertThat(name.getCellStyle().getFillPattern()).isEqualTo(FillPatternType.SOLID_FOREGROUND);
            assertThat(sheet.getCellComments()).containsOnlyKeys(new CellAddress(1, 1), new CellAddress(1, 4));
            assertThat(name.getCellComment().getString().getString()).isEqualTo("姓名不能为空\n姓名过长");
            assertThat(blank.getCellComment().getString().getString()).isEqualTo("此行缺少日期");
            assertThat(fill(sheet.getRow(1).getCell(0))).isNotIn(IndexedColors.RED.getIndex(),
                    IndexedColors.YELLOW.getIndex());
            assertThat(sheet.getRow(2).getCell(1).getStringCellValue()).isEqualTo("王小二");
        }
    }

    private static short fill(Cell cell) {
        return cell.getCellStyle().getFillForegroundColor();
    }
}
