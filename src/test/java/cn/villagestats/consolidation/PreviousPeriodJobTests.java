package cn.villagestats.consolidation;

import static cn.villagestats.consolidation.TestReturns.WANGJIAZHUANG;
import static cn.villagestats.consolidation.TestReturns.cover;
import static cn.villagestats.consolidation.TestReturns.header;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;

import cn.villagestats.programme.roads.RoadSheet;
import cn.villagestats.programme.surveillance.SurveillanceSheet;
import cn.villagestats.programme.toilets.ToiletSheet;
import cn.villagestats.reporting.WarningNote;
import cn.villagestats.spreadsheet.WorkbookBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.batch.core.BatchStatus;

/** A village figure far below the previous period's is a warning, not a rejection. */
class PreviousPeriodJobTests extends JobTestSupport {

    @TempDir
    Path work;

    @Test
    void shouldWarnWhenCamerasOnlineDropToZeroFromThePreviousPeriod() throws Exception {
        // given November with 8 cameras online, then December with the same points all offline
        consolidateNovemberWithEightCamerasOnline();
        Path december = returnWithCamerasOnline("2020-12", 0);

        // when
        BatchStatus status = run(december, work.resolve("out"));

        // then December counts, with a warning naming the drop
        assertThat(status).isEqualTo(BatchStatus.COMPLETED);
        assertThat(outcomesByFile().get("王家庄村.xlsx").status()).isEqualTo("accepted");
        assertThat(reports.warnings("2020-12")).extracting(WarningNote::reasonZh)
                .containsExactly("在线摄像头数量从上期（2020-11）的8个降到了0个，请核对是否漏填");
        assertThat(reports.warnings("2020-11")).isEmpty();
    }

    @ParameterizedTest(name = "{0} of 4 cameras online at each point")
    @ValueSource(ints = {3, 2})
    void shouldNotWarnWhenAFigureHoldsAtHalfOfThePreviousPeriodOrMore(int onlinePerPoint) throws Exception {
        // given 8 cameras online in November, then 6, or 4 (half is not below half) in December
        consolidateNovemberWithEightCamerasOnline();
        Path december = returnWithCamerasOnline("2020-12", onlinePerPoint);

        // when
        run(december, work.resolve("out"));

        // then
        assertThat(reports.warnings("2020-12")).isEmpty();
    }

    @Test
    void shouldWarnWhenAFigureFallsJustBelowHalfOfThePreviousPeriod() throws Exception {
        // given 8 cameras online in November, 3 in December
        consolidateNovemberWithEightCamerasOnline();
        Path december = returnWithCamerasOnline("2020-12", 2, 1);

        // when
        run(december, work.resolve("out"));

        // then
        assertThat(reports.warnings("2020-12")).extracting(WarningNote::reasonZh)
                .containsExactly("在线摄像头数量从上期（2020-11）的8个降到了3个，请核对是否漏填");
    }

    private void consolidateNovemberWithEightCamerasOnline() throws Exception {
        Path november = returnWithCamerasOnline("2020-11", 4);
        jobOperator.startJob(ConsolidationParameters.of(YearMonth.of(2020, 11), november, "nov-" + System.nanoTime(),
                work.resolve("out-nov")));
    }

    private Path returnWithCamerasOnline(String period, int online) throws Exception {
        return returnWithCamerasOnline(period, online, online);
    }

    /** 王家庄村's return of {@code period}: two points of 4 cameras, with so many of each online. */
    private Path returnWithCamerasOnline(String period, int firstOnline, int secondOnline) throws Exception {
        Path inbox = Files.createDirectories(work.resolve("inbox-" + period));
        try (WorkbookBuilder workbook = WorkbookBuilder.xlsx()) {
            cover(workbook, WANGJIAZHUANG, period);
            header(workbook, ToiletSheet.SHEET);
            header(workbook, RoadSheet.SHEET);
            header(workbook, SurveillanceSheet.SHEET)
                    .row(1, "村口东", "村口", 4, firstOnline, "是", null)
                    .row(2, "小学门口", "学校", 4, secondOnline, "是", null);
            workbook.writeTo(inbox.resolve("王家庄村.xlsx"));
        }
        return inbox;
    }
}
