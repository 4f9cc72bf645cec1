package cn.villagestats.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;

import cn.villagestats.programme.StandardProgrammes;
import cn.villagestats.registry.Village;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReturnTemplateTests {

    private static final Village QUANLI = new Village("370982104202", "泉里村", 300, 12);

    @TempDir
    Path dir;

    @Test
    void shouldPrefillTheCoverFromTheRegistryAndLockIt() throws Exception {
        // when
        Path file = ReturnTemplate.write(QUANLI, YearMonth.of(2020, 12), dir, StandardProgrammes.PROGRAMMES);

        // then
        try (XSSFWorkbook workbook = new XSSFWorkbook(file.toFile())) {
            XSSFSheet cover = workbook.getSheet("封面");
            assertThat(cover.getRow(0).getCell(1).getStringCellValue()).isEqualTo("370982104202");
            assertThat(cover.getRow(1).getCell(1).getStringCellValue()).isEqualTo("泉里村");
            assertThat(cover.getRow(2).getCell(1).getStringCellValue()).isEqualTo("2020-12");
            assertThat(cover.getProtect()).isTrue();
            assertThat(cover.getRow(0).getCell(1).getCellStyle().getLocked()).isTrue();
            assertThat(cover.getColumnStyle(1).getLocked()).isFalse();
            assertThat(workbook.getSheetName(4)).isEqualTo("填表说明");
            assertThat(workbook.getSheet("填表说明").getRow(5).getCell(0).getStringCellValue()).contains("身份证号", "文本格式");
        }
    }

    @Test
    void shouldTellWhatARowIsAndWhichColumnsHaveDropDownsFromTheProgrammes() throws Exception {
        // when
        Path file = ReturnTemplate.write(QUANLI, YearMonth.of(2020, 12), dir, StandardProgrammes.PROGRAMMES);

        // then the 是/否 columns are one 是否…… after the other drop-downs, in the sheets' order
        try (XSSFWorkbook workbook = new XSSFWorkbook(file.toFile())) {
            XSSFSheet instructions = workbook.getSheet("填表说明");
            assertThat(instructions.getRow(3).getCell(0).getStringCellValue())
                    .isEqualTo("3. 每张表从第二行起逐行填写，一行一户（改厕）、一条路（道路）、一个点位（监控）。本月没有的，表格留空即可。");
            assertThat(instructions.getRow(4).getCell(0).getStringCellValue())
                    .isEqualTo("4. 带下拉箭头的列（改厕类型、验收情况、路面类型、点位类型、是否……）请从下拉列表中选择，不要自己输入别的写法。");
        }
    }

    @Test
    void shouldLockHeadersAndFormatAndListTheDataColumns() throws Exception {
        // when
        Path file = ReturnTemplate.write(QUANLI, YearMonth.of(2020, 12), dir, StandardProgrammes.PROGRAMMES);

        // then
        try (XSSFWorkbook workbook = new XSSFWorkbook(file.toFile())) {
            XSSFSheet toilets = workbook.getSheet("卫生改厕");
            assertThat(toilets.getProtect()).isTrue();
            assertThat(toilets.getRow(0).getCell(2).getStringCellValue()).isEqualTo("身份证号");
            assertThat(toilets.getRow(0).getCell(2).getCellStyle().getLocked()).isTrue();
            assertThat(toilets.getColumnStyle(2).getDataFormatString()).isEqualTo("@");
            assertThat(toilets.getColumnStyle(2).getLocked()).isFalse();
            assertThat(toilets.getColumnStyle(6).getDataFormatString()).isEqualTo("yyyy-mm-dd");
            assertThat(toilets.getColumnStyle(8).getDataFormatString()).isEqualTo("0.00");
            List<? extends DataValidation> lists = toilets.getDataValidations();
            assertThat(lists).extracting(v -> v.getRegions().getCellRangeAddress(0).getFirstColumn())
                    .containsExactlyInAnyOrder(4, 5, 7);
            assertThat(lists).extracting(v -> List.of(v.getValidationConstraint().getExplicitListValues()))
                    .contains(List.of("三格化粪池式", "双瓮漏斗式", "完整下水道水冲式", "其他"), List.of("是", "否"),
                            List.of("已验收", "未验收"));
            assertThat(workbook.getSheet("道路硬化").getDataValidations()).hasSize(2);
            assertThat(workbook.getSheet("雪亮工程").getDataValidations()).hasSize(2);
        }
    }
}
