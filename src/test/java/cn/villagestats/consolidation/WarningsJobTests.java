package cn.villagestats.consolidation;

import static org.assertj.core.api.Assertions.assertThat;
import static cn.villagestats.consolidation.TestReturns.WANGJIAZHUANG;
import static cn.villagestats.consolidation.TestReturns.cover;
import static cn.villagestats.consolidation.TestReturns.header;
import static cn.villagestats.consolidation.TestReturns.idNumber;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import cn.villagestats.programme.roads.RoadSheet;
import cn.villagestats.programme.surveillance.SurveillanceSheet;
import cn.villagestats.programme.toilets.ToiletSheet;
import cn.villagestats.reporting.WarningNote;
import cn.villagestats.spreadsheet.SheetBuilder;
import cn.villagestats.spreadsheet.WorkbookBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;

/** Warnings reject nothing, are kept per return and reach {@code returns-<period>.csv}. */
class WarningsJobTests extends JobTestSupport {

    @TempDir
    Path work;

    @Test
    void shouldWarnWithoutRejectingWhenTotalsSheetsAndRegistryDisagree() throws Exception {
        // given 10 poor households upgraded (registry: 9), a 合计 row of 150 m for 100 m of road, an extra sheet
        Path inbox = Files.createDirectories(work.resolve("inbox"));
        try (WorkbookBuilder workbook = WorkbookBuilder.xlsx()) {
            cover(workbook, WANGJIAZHUANG);
            SheetBuilder toilets = header(workbook, ToiletSheet.SHEET);
            for (int i = 1; i <= 10; i++) {
                toilets.row(i, "王小" + i, idNumber(i), "一组", "三格化粪池式", "是", LocalDate.of(2020, 6, 1), "已验收", 1000);
            }
            header(workbook, RoadSheet.SHEET)
                    .row(1, "村东路", 100, 4, 400, "水泥", "否", null, LocalDate.of(2020, 7, 1), 20)
                    .row("合计", null, 150, null, 400, null, null, null, null, 20);
            header(workbook, SurveillanceSheet.SHEET);
            workbook.sheet("备注").row("说明");
            workbook.writeTo(inbox.resolve("王家庄村.xlsx"));
        }

        // when
        BatchStatus status = run(inbox, work.resolve("out"));

        // then the return is accepted whole, with its three warnings
        assertThat(status).isEqualTo(BatchStatus.COMPLETED);
        assertThat(outcomesByFile().get("王家庄村.xlsx").status()).isEqualTo("accepted");
        assertThat(outcomesByFile().get("王家庄村.xlsx").rowsRejected()).isZero();
        List<WarningNote> warnings = reports.warnings("2020-12");
        assertThat(warnings).extracting(WarningNote::reasonEn).containsExactlyInAnyOrder(
                "the total row's length_m is 150 but the rows add up to 100",
                "sheet 备注 ignored",
                "10 poor households upgraded exceed the registry's 9 poor households");
        assertThat(warnings).filteredOn(w -> w.reasonEn().startsWith("the total"))
                .singleElement().satisfies(w -> assertThat(w.row()).isEqualTo(3));
        String returnsCsv = Files.readString(work.resolve("out/returns-2020-12.csv"), StandardCharsets.UTF_8);
        assertThat(returnsCsv.lines().findFirst().orElseThrow()).endsWith(",reason,warnings");
        assertThat(returnsCsv).contains("合计行的“长度(米)”是150，但各行相加是100", "贫困户改厕10户，超过了村名册中的贫困户数9");
    }

    @Test
    void shouldNotWarnWhenUpgradedHouseholdsEqualTheRegistry() throws Exception {
        // given every one of 王家庄村's 247 households upgraded, its 9 poor households among them
        Path inbox = Files.createDirectories(work.resolve("inbox"));
        try (WorkbookBuilder workbook = WorkbookBuilder.xlsx()) {
            cover(workbook, WANGJIAZHUANG);
            SheetBuilder toilets = header(workbook, ToiletSheet.SHEET);
            for (int i = 1; i <= WANGJIAZHUANG.households(); i++) {
                toilets.row(i, "王小" + i, idNumber(i), "一组", "三格化粪池式",
                        i <= WANGJIAZHUANG.poorHouseholds() ? "是" : "否", LocalDate.of(2020, 6, 1), "已验收", 1000);
            }
            header(workbook, RoadSheet.SHEET);
            header(workbook, SurveillanceSheet.SHEET);
            workbook.writeTo(inbox.resolve("王家庄村.xlsx"));
        }

        // when
        run(inbox, work.resolve("out"));

        // then as many as the registry lists is no reason to check
        assertThat(outcomesByFile().get("王家庄村.xlsx").rowsAccepted()).isEqualTo(247);
        assertThat(reports.warnings("2020-12")).isEmpty();
    }

    @Test
    void shouldGiveAnIdNumberTypedAsANumberItsOwnReasonMaskedInTheReports() throws Exception {
        // given a 身份证号 typed into a number cell: Excel kept 15 significant digits
        Path inbox = Files.createDirectories(work.resolve("inbox"));
        String id = idNumber(1);
        try (WorkbookBuilder workbook = WorkbookBuilder.xlsx()) {
            cover(workbook, WANGJIAZHUANG);
            header(workbook, ToiletSheet.SHEET).row(1, "王小一", Double.parseDouble(id), "一组", "三格化粪池式", "否",
                    LocalDate.of(2020, 6, 1), "已验收", 1000);
            header(workbook, RoadSheet.SHEET);
            header(workbook, SurveillanceSheet.SHEET);
            workbook.writeTo(inbox.resolve("王家庄村.xlsx"));
        }

        // when
        run(inbox, work.resolve("out"));

        // then the row is rejected with the reason telling the clerk to format the column as text
        String rejected = Files.readString(work.resolve("out/rejected-rows-2020-12.csv"), StandardCharsets.UTF_8);
        assertThat(rejected).contains("设置为文本格式").doesNotContain(id.substring(0, 14));
        assertThat(outcomesByFile().get("王家庄村.xlsx").rowsRejected()).isEqualTo(1);
    }
}
