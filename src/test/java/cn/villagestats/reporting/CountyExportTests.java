package cn.villagestats.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
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
    void shouldWriteASummarySheetAndAVillageSheetWithEveryRegistryVillage() throws Exception {
        // when
        export.write("2020-12", out);

        // then
        try (Workbook workbook = WorkbookFactory.create(out.resolve("township-totals-2020-12.xlsx").toFile())) {
            Sheet summary = workbook.getSheet("汇总");
            assertThat(summary.getRow(1).getCell(3).getStringCellValue()).isEqualTo("数值");
            assertThat(rowOf(summary, "toilet.subsidy_yuan").getCell(3).getNumericCellValue()).isEqualTo(2001.0);
            assertThat(rowOf(summary, "toilet.households").getCell(4).getNumericCellValue()).isEqualTo(1.0);
            Sheet villages = workbook.getSheet("分村明细");
            assertThat(villages.getLastRowNum()).isEqualTo(43);
            assertThat(villages.getRow(2).getCell(1).getStringCellValue()).isEqualTo("泉里村");
            assertThat(villages.getRow(2).getCell(2).getStringCellValue()).isEqualTo("已报");
            assertThat(villages.getRow(1).getCell(2).getStringCellValue()).isEqualTo("未报");
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

    private static org.apache.poi.ss.usermodel.Row rowOf(Sheet sheet, String indicator) {
        for (org.apache.poi.ss.usermodel.Row row : sheet) {
            if (row.getCell(0) != null && indicator.equals(row.getCell(0).getStringCellValue())) {
                return row;
            }
        }
        throw new AssertionError("no row for " + indicator);
    }
}
