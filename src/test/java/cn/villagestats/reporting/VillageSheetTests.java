package cn.villagestats.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import cn.villagestats.spreadsheet.Shade;
import cn.villagestats.spreadsheet.WorkbookBuilder;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VillageSheetTests {

    private static final List<TownshipTotal> TOTALS = List.of(
            new TownshipTotal("2020-12", "toilet.households", "卫生改厕户数", "户", new BigDecimal("7"), 2),
            new TownshipTotal("2020-12", "road.area_m2", "硬化道路面积", "平方米", new BigDecimal("1093.5"), 1));

    @TempDir
    Path folder;

    @Test
    void shouldShadeEachStatusItsOwnWayAndLeaveTheValuesOfAVillageWithoutAReturnEmpty() throws Exception {
        // given a village that reported, one that did not, one whose return was sent back, and one of a status
        // the sheet does not know
        List<VillageTotals> villages = List.of(
                new VillageTotals("370982104201", "镇里村", VillageTotals.REPORTED, Map.of("toilet.households", new BigDecimal("4"),
                        "road.area_m2", new BigDecimal("1093.5"))),
                new VillageTotals("370982104202", "泉里村", VillageTotals.MISSING, Map.of()),
                new VillageTotals("370982104203", "汶城村", VillageTotals.REJECTED, Map.of()),
                new VillageTotals("370982104204", "王家庄村", "已报", Map.of("toilet.households", new BigDecimal("3"))),
                new VillageTotals("370982104205", "宫西村", "待核", Map.of()));

        // when
        Path file = folder.resolve("villages.xlsx");
        try (WorkbookBuilder workbook = WorkbookBuilder.xlsx()) {
            VillageSheet.write(workbook.sheet(VillageSheet.NAME), new SummarySheet.Heading("标题", "汶城镇", "2020年12月31日"),
                    TOTALS, code -> code.startsWith("toilet") ? "卫生改厕" : "道路硬化", villages::forEach);
            workbook.writeTo(file);
        }

        // then
        try (Workbook workbook = WorkbookFactory.create(file.toFile())) {
            Sheet sheet = workbook.getSheet(VillageSheet.NAME);
            assertThat(fill(sheet, 3)).isEqualTo(Shade.PALE_GREEN.index());
            assertThat(fill(sheet, 4)).isEqualTo(Shade.PALE_ORANGE.index());
            assertThat(fill(sheet, 5)).isEqualTo(Shade.ROSE.index());
            assertThat(List.of(fill(sheet, 3), fill(sheet, 4), fill(sheet, 5))).doesNotHaveDuplicates();
            assertThat(sheet.getRow(5).getCell(2).getStringCellValue()).isEqualTo("已报·被退回");
            assertThat(sheet.getRow(7).getCell(2).getStringCellValue()).isEqualTo("待核");
            assertThat(sheet.getRow(7).getCell(2).getCellStyle().getFillPattern().getCode()).isZero();
            // a village that reported no road shows 0; villages without an accepted return show nothing
            assertThat(sheet.getRow(6).getCell(4).getNumericCellValue()).isZero();
            assertThat(sheet.getRow(4).getCell(3).getStringCellValue()).isEmpty();
            assertThat(sheet.getRow(5).getCell(4).getStringCellValue()).isEmpty();
            assertThat(sheet.getRow(8).getCell(0).getStringCellValue()).isEqualTo("合计");
            assertThat(sheet.getRow(8).getCell(3).getCellFormula()).isEqualTo("SUM(D4:D8)");
            assertThat(sheet.getRow(8).getCell(3).getNumericCellValue()).isEqualTo(7.0);
            assertThat(sheet.getRow(8).getCell(4).getNumericCellValue()).isEqualTo(1093.5);
        }
    }

    private static short fill(Sheet sheet, int row) {
        return sheet.getRow(row).getCell(2).getCellStyle().getFillForegroundColor();
    }
}
