package cn.villagestats.consolidation;

import static cn.villagestats.consolidation.TestReturns.HEER;
import static cn.villagestats.consolidation.TestReturns.WANGJIAZHUANG;
import static cn.villagestats.consolidation.TestReturns.cover;
import static cn.villagestats.consolidation.TestReturns.header;
import static cn.villagestats.consolidation.TestReturns.idNumber;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import cn.villagestats.programme.surveillance.SurveillanceSheet;
import cn.villagestats.programme.toilets.ToiletSheet;
import cn.villagestats.reporting.RejectedCell;
import cn.villagestats.reporting.ReturnOutcome;
import cn.villagestats.reporting.WarningNote;
import cn.villagestats.spreadsheet.WorkbookBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;

/**
 * Returns as clerks leave them when a programme has nothing this month: a sheet cleared header
 * and all, or a roads sheet without 受益户数. Both are accepted; only a 户户通 row without the
 * column is rejected.
 */
class ClearedSheetsJobTests extends JobTestSupport {

    @TempDir
    Path work;

    @Test
    void shouldAcceptAClearedSheetAndARoadsSheetWithoutHouseholdsServed() throws Exception {
        // given 王家庄村 with its roads sheet cleared and a title row alone in its surveillance sheet
        Path inbox = Files.createDirectories(work.resolve("inbox"));
        try (WorkbookBuilder workbook = WorkbookBuilder.xlsx()) {
            cover(workbook, WANGJIAZHUANG);
            header(workbook, ToiletSheet.SHEET)
                    .row(1, "王小一", idNumber(1), "一组", "三格化粪池式", "否", LocalDate.of(2020, 6, 1), "已验收", 1000);
            workbook.sheet("道路硬化");
            workbook.sheet("雪亮工程").row("王家庄村雪亮工程台账");
            workbook.writeTo(inbox.resolve("王家庄村.xlsx"));
        }
        // and 贺二村 without the 受益户数 column: one plain segment, one 户户通 segment
        try (WorkbookBuilder workbook = WorkbookBuilder.xlsx()) {
            cover(workbook, HEER);
            header(workbook, ToiletSheet.SHEET);
            workbook.sheet("道路硬化")
                    .row("序号", "道路名称", "长度(米)", "宽度(米)", "面积(平方米)", "路面类型", "是否户户通", "完工日期")
                    .row(1, "村东路", 100, 4, 401.5, "水泥", "否", LocalDate.of(2020, 7, 1))
                    .row(2, "村西路", 50, 3, 150, "水泥", "是", LocalDate.of(2020, 7, 2));
            header(workbook, SurveillanceSheet.SHEET);
            workbook.writeTo(inbox.resolve("贺二村.xlsx"));
        }

        // when
        BatchStatus status = run(inbox, work.resolve("out"));

        // then both returns are accepted, every row accounted for
        assertThat(status).isEqualTo(BatchStatus.COMPLETED);
        assertThat(outcomesByFile().values())
                .extracting(ReturnOutcome::file, ReturnOutcome::status, ReturnOutcome::rowsRead,
                        ReturnOutcome::rowsAccepted, ReturnOutcome::rowsRejected)
                .containsExactlyInAnyOrder(tuple("王家庄村.xlsx", "accepted", 1, 1, 0),
                        tuple("贺二村.xlsx", "accepted", 2, 1, 1));
        // and each cleared sheet is named in a warning
        assertThat(reports.warnings("2020-12")).extracting(WarningNote::reasonZh).containsExactlyInAnyOrder(
                "工作表“道路硬化”没有表头和数据，视为本期没有道路硬化数据",
                "工作表“雪亮工程”没有表头和数据，视为本期没有雪亮工程数据");
        // and the 户户通 segment is rejected with its row, saying the column is missing
        assertThat(reports.rejectedCells("2020-12"))
                .extracting(RejectedCell::file, RejectedCell::sheet, RejectedCell::row, RejectedCell::column,
                        RejectedCell::reasonZh)
                .containsExactly(tuple("贺二村.xlsx", "道路硬化", 3, "受益户数",
                        "是否户户通为“是”，但工作表中没有“受益户数”列：请加上该列并填写受益户数"));
        assertThat(township()).containsEntry("returns.received", "2").containsEntry("toilet.households", "1")
                .containsEntry("road.segments", "1").containsEntry("road.area_m2", "401.5")
                .containsEntry("road.access_villages", "0").containsEntry("road.access_households", "0");
    }
}
