package cn.villagestats.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import cn.villagestats.reporting.ReturnOutcome;
import cn.villagestats.spreadsheet.Mark;
import cn.villagestats.spreadsheet.WorkbookBuilder;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProblemListTests {

    private static final String LONG_REASON = "身份证号的校验位不对：按前17位算出的校验位是X，填写的是5；请核对身份证原件后重新填写，"
            + "不要把数字0和字母O混淆";

    @TempDir
    Path folder;

    @Test
    void shouldWrapReasonsInFittedColumnsFillEachProblemAsTheCopyMarksItAndPrintOnA4() throws Exception {
        // given a rejected cell with a long reason and a warning about a 合计
        ReturnOutcome outcome = new ReturnOutcome("王家庄村.xlsx", "370982104204", "王家庄村", "accepted", 4, 3, 1, null,
                null);
        List<Problem> problems = List.of(
                new Problem("卫生改厕", 3, "身份证号", "370982********1235", LONG_REASON, Mark.REJECTED),
                new Problem("道路硬化", 5, "长度(米)", "150", "合计与各行之和不符", Mark.WARNED));

        // when
        Path file = folder.resolve("feedback.xlsx");
        try (WorkbookBuilder workbook = WorkbookBuilder.xlsx()) {
            ProblemList.write(workbook, outcome, problems, true);
            workbook.writeTo(file);
        }

        // then
        try (Workbook workbook = WorkbookFactory.create(file.toFile())) {
            Sheet sheet = workbook.getSheet("问题清单");
            assertThat(sheet.getRow(3).getCell(4).getStringCellValue()).isEqualTo(LONG_REASON);
            assertThat(sheet.getRow(3).getCell(4).getCellStyle().getWrapText()).isTrue();
            // 108 wide in a column of 50: three lines, so the row is three lines tall; a short reason keeps one
            assertThat(sheet.getRow(3).getHeightInPoints()).isEqualTo(3 * 15.5f);
            assertThat(sheet.getRow(4).getHeightInPoints()).isEqualTo(sheet.getDefaultRowHeightInPoints());
            // the same fills as the marked copy: red for 拒收, yellow for 提醒
            assertThat(sheet.getRow(3).getCell(5).getStringCellValue()).isEqualTo("拒收");
            assertThat(sheet.getRow(3).getCell(5).getCellStyle().getFillForegroundColor())
                    .isEqualTo(IndexedColors.RED.getIndex());
            assertThat(sheet.getRow(4).getCell(5).getStringCellValue()).isEqualTo("提醒");
            assertThat(sheet.getRow(4).getCell(5).getCellStyle().getFillForegroundColor())
                    .isEqualTo(IndexedColors.YELLOW.getIndex());
            // widths: the value as wide as the masked id; the reason's 50, where it wraps; the sheet name's 4
            // characters 8 wide; none zero
            assertThat(sheet.getColumnWidth(3)).isEqualTo((18 + 2) * 256);
            assertThat(sheet.getColumnWidth(4)).isEqualTo(50 * 256);
            assertThat(sheet.getColumnWidth(0)).isEqualTo((8 + 2) * 256);
            for (int column = 0; column < 6; column++) {
                assertThat(sheet.getColumnWidth(column)).isGreaterThan(0);
            }
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 3);
            assertThat(sheet.getPrintSetup().getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
            assertThat(sheet.getFitToPage()).isTrue();
            assertThat(sheet.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
            assertThat(sheet.getRepeatingRows()).isEqualTo(CellRangeAddress.valueOf("3:3"));
            assertThat(sheet.getFooter().getCenter()).contains("&P");
        }
    }
}
