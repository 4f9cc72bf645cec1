package cn.villagestats.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddress;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:export;DB_CLOSE_DELAY=-1")
class CountyExportTests {

    @Autowired
    CountyExport export;
    @Autowired
    TotalsAggregator aggregator;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TotalsRepository totals;

    @TempDir
    Path out;

    @BeforeEach
    void oneVillageWithTwoHouseholds() {
        // staged rows go with their return by the job's hand, not by cascade (V4)
        jdbc.update("DELETE FROM toilet_row");
        jdbc.update("DELETE FROM intake_return");
        jdbc.update("INSERT INTO intake_return (id, period, file_name, sha256, file_size, file_modified_at, status, "
                + "village_code, village_name, rows_read, rows_accepted) VALUES (1, '2020-12', '=cmd|calc.xlsx', "
                + "'ab', 1, ?, 'accepted', '370982104202', '泉里村', 2, 2)", Timestamp.from(Instant.now()));
        for (int row = 2; row <= 3; row++) {
            jdbc.update("INSERT INTO toilet_row (return_id, row_no, householder, id_number, toilet_type, "
                    + "poor_household, completed_on, acceptance, subsidy_yuan) VALUES (1, ?, '张三', ?, '其他', "
                    + "TRUE, DATE '2020-05-03', '已验收', 1000.50)", row, "37098219800101123" + row);
        }
        aggregator.aggregate("2020-12", 1);
    }

    @Test
    void shouldWriteASummaryOfThisPeriodBesideTheLastWithTitleSignaturesAndIndicatorCodesLast() throws Exception {
        // given the previous month's totals of two indicators only
        jdbc.update("DELETE FROM township_total WHERE period = '2020-11'");
        jdbc.update("INSERT INTO township_total (period, indicator, \"value\", villages, computed_at, "
                + "job_execution_id) VALUES ('2020-11', 'toilet.households', 5, 3, CURRENT_TIMESTAMP, 1), "
                + "('2020-11', 'toilet.subsidy_yuan', 1500.25, 3, CURRENT_TIMESTAMP, 1)");

        // when
        export.write("2020-12", out);

        // then
        try (Workbook workbook = WorkbookFactory.create(out.resolve("370982104-汶城镇-township-totals-2020-12.xlsx").toFile())) {
            Sheet summary = workbook.getSheet("汇总");
            assertThat(text(summary, 0, 0)).isEqualTo("汶城镇2020年12月卫生改厕、道路硬化、雪亮工程汇总表");
            assertThat(text(summary, 1, 0)).isEqualTo("填报单位：汶城镇（370982104）");
            assertThat(text(summary, 1, 3)).matches("制表日期：\\d{4}年\\d{1,2}月\\d{1,2}日");
            assertThat(List.of(text(summary, 2, 0), text(summary, 2, 1), text(summary, 2, 2), text(summary, 2, 3),
                    text(summary, 2, 4), text(summary, 2, 5), text(summary, 2, 6)))
                    .containsExactly("指标名称", "单位", "本期", "上期", "增减", "报告村数", "指标代码");
            assertThat(summary.getRow(2).getCell(0).getCellStyle().getBorderBottom()).isEqualTo(BorderStyle.THIN);
            assertThat(workbook.getFontAt(summary.getRow(2).getCell(0).getCellStyle().getFontIndex()).getBold())
                    .isTrue();

            Row households = rowOf(summary, "toilet.households");
            assertThat(text(summary, households.getRowNum(), 0)).isEqualTo("卫生改厕户数");
            assertThat(households.getCell(2).getNumericCellValue()).isEqualTo(2.0);
            assertThat(households.getCell(3).getNumericCellValue()).isEqualTo(5.0);
            assertThat(households.getCell(4).getNumericCellValue()).isEqualTo(-3.0);
            assertThat(households.getCell(5).getNumericCellValue()).isEqualTo(1.0);
            assertThat(households.getCell(2).getCellStyle().getDataFormatString()).isEqualTo("#,##0");
            Row subsidy = rowOf(summary, "toilet.subsidy_yuan");
            assertThat(subsidy.getCell(2).getNumericCellValue()).isEqualTo(2001.0);
            assertThat(subsidy.getCell(4).getNumericCellValue()).isEqualTo(500.75);
            assertThat(subsidy.getCell(2).getCellStyle().getDataFormatString()).isEqualTo("#,##0.00");
            assertThat(subsidy.getCell(4).getCellStyle().getDataFormatString())
                    .isEqualTo("+#,##0.00;-#,##0.00;0.00");
            // an indicator the previous month does not hold has no 上期 nor 增减, rather than a 0
            Row roads = rowOf(summary, "road.segments");
            assertThat(roads.getCell(3).getCellType()).isEqualTo(CellType.BLANK);
            assertThat(roads.getCell(4).getCellType()).isEqualTo(CellType.BLANK);
            assertThat(roads.getCell(3).getCellStyle().getBorderLeft()).isEqualTo(BorderStyle.THIN);

            int foot = summary.getLastRowNum();
            assertThat(List.of(text(summary, foot, 0), text(summary, foot, 2), text(summary, foot, 4)))
                    .containsExactly("制表人：", "审核人：", "负责人：");
            assertThat(foot).isEqualTo(3 + 16 + 1);
        }
    }

    @Test
    void shouldWriteEveryRegistryVillageUnderItsProgrammesAndATotalLineEqualToTheSummary() throws Exception {
        // when
        export.write("2020-12", out);

        // then
        try (Workbook workbook = WorkbookFactory.create(out.resolve("370982104-汶城镇-township-totals-2020-12.xlsx").toFile())) {
            Sheet villages = workbook.getSheet("分村明细");
            assertThat(text(villages, 0, 0)).isEqualTo("汶城镇2020年12月卫生改厕、道路硬化、雪亮工程分村明细表");
            // the programme names merged above their indicators; the first headers span both header rows
            assertThat(villages.getMergedRegions()).contains(CellRangeAddress.valueOf("D2:E2"),
                    CellRangeAddress.valueOf("F2:I2"), CellRangeAddress.valueOf("J2:O2"),
                    CellRangeAddress.valueOf("P2:S2"), CellRangeAddress.valueOf("A2:A3"),
                    CellRangeAddress.valueOf("C2:C3"));
            assertThat(List.of(text(villages, 1, 3), text(villages, 1, 5), text(villages, 1, 9),
                    text(villages, 1, 15))).containsExactly("报送", "卫生改厕", "道路硬化", "雪亮工程");
            assertThat(text(villages, 2, 6)).isEqualTo("其中：贫困户\n(户)");
            assertThat(villages.getRow(2).getCell(6).getCellStyle().getWrapText()).isTrue();

            // one line per registry village in code order, then 合计
            assertThat(villages.getLastRowNum()).isEqualTo(3 + 43);
            assertThat(text(villages, 3, 0)).isEqualTo("370982104201");
            assertThat(text(villages, 4, 1)).isEqualTo("泉里村");
            assertThat(text(villages, 4, 2)).isEqualTo("已报");
            assertThat(villages.getRow(4).getCell(5).getNumericCellValue()).isEqualTo(2.0);
            assertThat(text(villages, 3, 2)).isEqualTo("未报");
            assertThat(villages.getRow(3).getCell(5).getCellType()).isEqualTo(CellType.BLANK);
            Row total = villages.getRow(villages.getLastRowNum());
            assertThat(text(villages, total.getRowNum(), 0)).isEqualTo("合计");
            assertThat(total.getCell(5).getCellFormula()).isEqualTo("SUM(F4:F46)");

            // the 合计 of every indicator column is the 汇总's 本期 of that indicator
            Sheet summary = workbook.getSheet("汇总");
            for (int i = 0; i < 16; i++) {
                Row line = summary.getRow(3 + i);
                assertThat(text(villages, 2, 3 + i)).startsWith(line.getCell(0).getStringCellValue() + "\n");
                assertThat(total.getCell(3 + i).getNumericCellValue()).as(line.getCell(6).getStringCellValue())
                        .isEqualTo(line.getCell(2).getNumericCellValue());
            }
            assertThat(total.getCell(3).getNumericCellValue()).isEqualTo(43.0);
            assertThat(total.getCell(8).getNumericCellValue()).isEqualTo(2001.0);

            // frozen at the village name, below the headers
            assertThat(villages.getPaneInformation().getVerticalSplitPosition()).isEqualTo((short) 2);
            assertThat(villages.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 3);
        }
    }

    @Test
    void shouldSetEverySheetToPrintOnA4OnePageWideWithItsHeadersOnEveryPageAndPageNumbers() throws Exception {
        // when
        export.write("2020-12", out);

        // then
        try (Workbook workbook = WorkbookFactory.create(out.resolve("370982104-汶城镇-township-totals-2020-12.xlsx").toFile())) {
            Sheet summary = workbook.getSheet("汇总");
            Sheet villages = workbook.getSheet("分村明细");
            for (Sheet sheet : List.of(summary, villages)) {
                assertThat(sheet.getPrintSetup().getPaperSize()).as(sheet.getSheetName())
                        .isEqualTo(PrintSetup.A4_PAPERSIZE);
                assertThat(sheet.getFitToPage()).isTrue();
                assertThat(sheet.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
                assertThat(sheet.getRepeatingRows()).isEqualTo(CellRangeAddress.valueOf("1:3"));
                assertThat(sheet.getFooter().getCenter()).isEqualTo("第 &P 页，共 &N 页");
            }
            assertThat(summary.getPrintSetup().getLandscape()).isFalse();
            assertThat(summary.getPrintSetup().getFitHeight()).isEqualTo((short) 1);
            assertThat(villages.getPrintSetup().getLandscape()).isTrue();
            assertThat(villages.getPrintSetup().getFitHeight()).isEqualTo((short) 0);

            // widths fit the text, a Chinese character counting two
            for (int column = 0; column < 7; column++) {
                assertThat(summary.getColumnWidth(column)).as("汇总 column " + column).isGreaterThan(0);
            }
            for (int column = 0; column < 19; column++) {
                assertThat(villages.getColumnWidth(column)).as("分村明细 column " + column).isGreaterThan(0);
            }
            assertThat(summary.getColumnWidth(0)).isEqualTo((14 + 2) * 256); // 接入镇平台村数
            assertThat(summary.getColumnWidth(6)).isEqualTo((31 + 2) * 256); // surveillance.connected_villages
            assertThat(villages.getColumnWidth(0)).isEqualTo((12 + 2) * 256);
        }
    }

    @Test
    void shouldStreamEveryRegistryVillageOnceInCodeOrderWithItsOwnValues() {
        // when
        List<VillageTotals> villages = new ArrayList<>();
        totals.forEachVillage("2020-12", villages::add);

        // then
        assertThat(villages).hasSize(43).extracting(VillageTotals::villageCode).isSorted().doesNotHaveDuplicates();
        assertThat(villages).filteredOn(v -> v.villageCode().equals("370982104202")).singleElement()
                .satisfies(v -> {
                    assertThat(v.status()).isEqualTo("已报");
                    assertThat(v.value("toilet.households")).isEqualByComparingTo("2");
                });
        assertThat(villages).filteredOn(v -> !v.villageCode().equals("370982104202")).allSatisfy(v -> {
            assertThat(v.status()).isEqualTo("未报");
            assertThat(v.value("toilet.households")).isEqualByComparingTo("0");
        });
        assertThat(totals.missingVillages("2020-12")).hasSize(42)
                .isEqualTo(villages.stream().filter(v -> v.status().equals("未报")).toList());
    }

    @Test
    void shouldShowAFileNameThatLooksLikeAFormulaAsText() throws Exception {
        // when
        export.write("2020-12", out);

        // then
        assertThat(java.nio.file.Files.readString(out.resolve("returns-2020-12.csv"))).contains("'=cmd|calc.xlsx");
    }

    private static String text(Sheet sheet, int row, int column) {
        return sheet.getRow(row).getCell(column).getStringCellValue();
    }

    private static Row rowOf(Sheet sheet, String indicator) {
        for (Row row : sheet) {
            if (row.getCell(6) != null && row.getCell(6).getCellType() == CellType.STRING
                    && indicator.equals(row.getCell(6).getStringCellValue())) {
                return row;
            }
        }
        throw new AssertionError("no row for " + indicator);
    }
}
