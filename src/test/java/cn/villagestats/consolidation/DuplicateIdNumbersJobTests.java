package cn.villagestats.consolidation;

import static cn.villagestats.consolidation.TestReturns.HEER;
import static cn.villagestats.consolidation.TestReturns.WANGJIAZHUANG;
import static cn.villagestats.consolidation.TestReturns.cover;
import static cn.villagestats.consolidation.TestReturns.header;
import static cn.villagestats.consolidation.TestReturns.idNumber;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import cn.villagestats.programme.StandardProgrammes;
import cn.villagestats.programme.roads.RoadSheet;
import cn.villagestats.programme.surveillance.SurveillanceSheet;
import cn.villagestats.programme.toilets.ToiletSheet;
import cn.villagestats.registry.Village;
import cn.villagestats.reporting.RejectedCell;
import cn.villagestats.reporting.ReturnOutcome;
import cn.villagestats.reporting.WarningNote;
import cn.villagestats.samples.LedgerReturn;
import cn.villagestats.spreadsheet.SheetBuilder;
import cn.villagestats.spreadsheet.WorkbookBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.batch.core.BatchStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;

/** A 身份证号 reported twice in a period counts once: at its first row, by village code and row. */
class DuplicateIdNumbersJobTests extends JobTestSupport {

    private static final Instant DROPPED = Instant.parse("2021-01-02T00:00:00Z");

    @TempDir
    Path inbox;
    @TempDir
    Path out;
    @Autowired
    @Qualifier("loadTaskExecutor")
    TaskExecutor loadTaskExecutor;

    @ParameterizedTest
    @ValueSource(ints = {3, 12_001})
    void shouldRejectTheRepeatsOfTheLaterVillageOnly(int households) throws Exception {
        // given two ledgers whose households carry the same id numbers (12,001: three pages of rows
        // each, read back at once)
        List<Village> villages = Inboxes.registry();
        Village first = villages.get(0);
        Village second = villages.get(1);
        LedgerReturn.write(second, Inboxes.PERIOD, households, 7, inbox.resolve("b.xlsx"));
        LedgerReturn.write(first, Inboxes.PERIOD, households, 8, inbox.resolve("a.xlsx"));

        // when
        BatchStatus status = run(inbox, out);

        // then every row of the later village is a repeat, and every row is counted once
        assertThat(status).isEqualTo(BatchStatus.COMPLETED);
        List<String> rejectedFor = jdbc.queryForList("SELECT r.village_code FROM rejected_cell c "
                + "JOIN intake_return r ON r.id = c.return_id WHERE c.kind = 'duplicate'", String.class);
        assertThat(rejectedFor).containsOnly(second.code()).hasSize(households);
        List<String> flagged = jdbc.queryForList("SELECT r.village_code FROM toilet_row t "
                + "JOIN intake_return r ON r.id = t.return_id WHERE t.duplicate", String.class);
        assertThat(flagged).containsOnly(second.code()).hasSize(households);
        assertThat(township()).containsEntry("toilet.households", String.valueOf(households));
        assertThat(outcomesByFile().get("a.xlsx")).extracting(ReturnOutcome::rowsAccepted, ReturnOutcome::rowsRejected)
                .containsExactly(households, 0);
        assertThat(outcomesByFile().get("b.xlsx")).extracting(ReturnOutcome::rowsAccepted, ReturnOutcome::rowsRejected)
                .containsExactly(0, households);
    }

    @Test
    void shouldCountTheFirstRowOfANumberRepeatedWithinOneReturnAndWarnOnlyOnRowsThatCount() throws Exception {
        // given 11 poor households (the registry has 9), two of them typed again further down
        List<Household> households = new ArrayList<>();
        for (int i = 1; i <= 9; i++) {
            households.add(new Household(idNumber(i), true));
        }
        households.add(new Household(idNumber(3), true));
        households.add(new Household(idNumber(5), true));
        households.add(new Household(idNumber(12), false));
        write(WANGJIAZHUANG, "王家庄村.xlsx", households);

        // when
        BatchStatus status = run(inbox, out);

        // then rows 11 and 12 (sheet rows) are the repeats of rows 4 and 6
        assertThat(status).isEqualTo(BatchStatus.COMPLETED);
        assertThat(repeats()).extracting(RejectedCell::row, RejectedCell::value, RejectedCell::reasonEn)
                .containsExactly(
                        tuple(11, TestReturns.masked(idNumber(3)),
                                "duplicate id number: already reported by 370982104204 (卫生改厕 row 4); "
                                        + "a household counts once"),
                        tuple(12, TestReturns.masked(idNumber(5)),
                                "duplicate id number: already reported by 370982104204 (卫生改厕 row 6); "
                                        + "a household counts once"));
        assertThat(flaggedRows()).containsExactly(11, 12);
        ReturnOutcome outcome = outcomesByFile().get("王家庄村.xlsx");
        assertThat(outcome.rowsAccepted()).isEqualTo(10);
        assertThat(outcome.rowsRejected()).isEqualTo(2);
        assertThat(outcome.balanced()).isTrue();
        assertThat(township()).containsEntry("toilet.households", "10").containsEntry("toilet.poor_households", "9");
        // 9 poor households count, as many as the registry has: no warning
        assertThat(reports.warnings("2020-12")).extracting(WarningNote::reasonEn)
                .noneMatch(reason -> reason.contains("poor households"));
    }

    @Test
    void shouldDecideTheFirstOccurrenceByVillageCodeNotByFileNameOrLoadOrder() throws Exception {
        // given 贺二村 (the later code) in a file whose name sorts first and that was saved first,
        // and 王家庄村 (the earlier code) in a file whose name sorts last, saved an hour later
        writeToilets(HEER, "a-贺二村.xlsx", idNumber(7), idNumber(2), idNumber(1));
        writeToilets(WANGJIAZHUANG, "z-王家庄村.xlsx", idNumber(1), idNumber(2));
        Files.setLastModifiedTime(inbox.resolve("z-王家庄村.xlsx"), FileTime.from(DROPPED.plusSeconds(3600)));

        // when
        BatchStatus status = run(inbox, out);

        // then the repeats are 贺二村's, each naming where 王家庄村 reported the household first
        assertThat(status).isEqualTo(BatchStatus.COMPLETED);
        assertThat(repeats()).extracting(RejectedCell::file, RejectedCell::row, RejectedCell::villageCode)
                .containsExactly(tuple("a-贺二村.xlsx", 3, HEER.code()), tuple("a-贺二村.xlsx", 4, HEER.code()));
        assertThat(repeats()).allSatisfy(repeat -> assertThat(repeat.reasonZh()).contains("王家庄村"));
        assertThat(outcomesByFile().get("z-王家庄村.xlsx")).extracting(ReturnOutcome::rowsAccepted,
                ReturnOutcome::rowsRejected).containsExactly(2, 0);
        assertThat(outcomesByFile().get("a-贺二村.xlsx")).extracting(ReturnOutcome::rowsAccepted,
                ReturnOutcome::rowsRejected).containsExactly(1, 2);
        assertThat(township()).containsEntry("toilet.households", "3");
    }

    @Test
    void shouldCountTheRepeatsAgainWhenTheVillageReportingThemFirstIsGone() throws Exception {
        // given 王家庄村 (first by village code) and 贺二村 report the same two households, one run done
        writeToilets(WANGJIAZHUANG, "王家庄村.xlsx", idNumber(1), idNumber(2));
        writeToilets(HEER, "贺二村.xlsx", idNumber(7), idNumber(2), idNumber(1));
        assertThat(run(inbox, out)).isEqualTo(BatchStatus.COMPLETED);
        assertThat(repeats()).extracting(RejectedCell::file, RejectedCell::row)
                .containsExactly(tuple("贺二村.xlsx", 3),
                        tuple("贺二村.xlsx", 4));

        // when 王家庄村's file leaves the inbox and the period runs again
        Files.delete(inbox.resolve("王家庄村.xlsx"));
        BatchStatus status = run(inbox, out);

        // then 贺二村's rows all count again
        assertThat(status).isEqualTo(BatchStatus.COMPLETED);
        assertThat(repeats()).isEmpty();
        assertThat(flaggedRows()).isEmpty();
        ReturnOutcome heer = outcomesByFile().get("贺二村.xlsx");
        assertThat(heer.rowsAccepted()).isEqualTo(3);
        assertThat(heer.rowsRejected()).isZero();
        assertThat(township()).containsEntry("toilet.households", "3");
    }

    @Test
    void shouldCountEveryRowOfASupersededReturnAndRejectTheRepeatsOfTheReturnReplacingIt() throws Exception {
        // given 贺二村 repeats a household of 王家庄村, one run done
        writeToilets(WANGJIAZHUANG, "王家庄村.xlsx", idNumber(1));
        writeToilets(HEER, "贺二村.xlsx", idNumber(1), idNumber(2));
        assertThat(run(inbox, out)).isEqualTo(BatchStatus.COMPLETED);

        // when a later 贺二村 file, repeating it in its second row, replaces the first
        writeToilets(HEER, "贺二村-更正.xlsx", idNumber(2), idNumber(1), idNumber(3));
        Files.setLastModifiedTime(inbox.resolve("贺二村-更正.xlsx"),
                FileTime.from(DROPPED.plusSeconds(3600)));
        BatchStatus status = run(inbox, out);

        // then the superseded file is on record with its rows as read, the new one loses its repeat
        assertThat(status).isEqualTo(BatchStatus.COMPLETED);
        ReturnOutcome superseded = outcomesByFile().get("贺二村.xlsx");
        assertThat(superseded.status()).isEqualTo("superseded");
        assertThat(superseded.rowsAccepted()).isEqualTo(2);
        assertThat(superseded.rowsRejected()).isZero();
        assertThat(repeats()).extracting(RejectedCell::file, RejectedCell::row)
                .containsExactly(tuple("贺二村-更正.xlsx", 3));
        assertThat(flaggedRows()).containsExactly(3);
        assertThat(outcomesByFile().get("贺二村-更正.xlsx").rowsAccepted()).isEqualTo(2);
        assertThat(township()).containsEntry("toilet.households", "3");
    }

    @Test
    void shouldFindTheSameRepeatsWhenTheNumbersAreSortedOnDisk() throws Exception {
        // given a run whose repeats were found with every number sorted in memory
        writeToilets(WANGJIAZHUANG, "王家庄村.xlsx", idNumber(4), idNumber(1), idNumber(2), idNumber(4));
        writeToilets(HEER, "贺二村.xlsx", idNumber(2), idNumber(9), idNumber(1), idNumber(8), idNumber(9));
        assertThat(run(inbox, out)).isEqualTo(BatchStatus.COMPLETED);
        List<RejectedCell> inMemory = repeats();

        // when the check runs again sorting two numbers at a time in memory, the rest in runs on disk,
        // with the returns read back at once on the load's pool
        new DuplicateIdNumbers(jdbc, new StagingRepository(jdbc, StandardProgrammes.PROGRAMMES), loadTaskExecutor, 2)
                .apply(Inboxes.PERIOD.toString());

        // then
        assertThat(inMemory).hasSize(4);
        assertThat(repeats()).isEqualTo(inMemory);
        assertThat(flaggedRows()).containsExactlyInAnyOrder(5, 2, 4, 6);
    }

    @Test
    void shouldReportARepeatInTheSheetAsTheClerkNamedIt() throws Exception {
        // given a return whose toilets sheet the clerk named in English, its third household repeating the first
        try (WorkbookBuilder workbook = WorkbookBuilder.xlsx()) {
            cover(workbook, WANGJIAZHUANG);
            SheetBuilder rows = header(workbook, ToiletSheet.SHEET, "Toilets");
            for (int n : new int[] {1, 2, 1}) {
                rows.row(n, "王小" + n, idNumber(n), "一组", "三格化粪池式", "否", LocalDate.of(2020, 6, 1), "已验收", 1000);
            }
            header(workbook, RoadSheet.SHEET);
            header(workbook, SurveillanceSheet.SHEET);
            workbook.writeTo(inbox.resolve("王家庄村.xlsx"));
        }

        // when
        run(inbox, out);

        // then the clerk is sent to their own sheet, and told where the household was counted
        assertThat(repeats()).singleElement().satisfies(repeat -> {
            assertThat(repeat.sheet()).isEqualTo("Toilets");
            assertThat(repeat.row()).isEqualTo(4);
            assertThat(repeat.reasonZh()).contains("卫生改厕第2行");
        });
    }

    private List<RejectedCell> repeats() {
        return reports.rejectedCells("2020-12").stream().filter(c -> c.reasonEn().startsWith("duplicate")).toList();
    }

    private List<Integer> flaggedRows() {
        return jdbc.queryForList("SELECT row_no FROM toilet_row WHERE duplicate ORDER BY row_no", Integer.class);
    }

    private void writeToilets(Village village, String file, String... idNumbers) throws IOException {
        write(village, file, Arrays.stream(idNumbers).map(id -> new Household(id, false)).toList());
    }

    private void write(Village village, String file, List<Household> households) throws IOException {
        try (WorkbookBuilder workbook = WorkbookBuilder.xlsx()) {
            cover(workbook, village);
            SheetBuilder rows = header(workbook, ToiletSheet.SHEET);
            int n = 0;
            for (Household household : households) {
                n++;
                rows.row(n, "王小" + n, household.idNumber(), "一组", "三格化粪池式", household.poor() ? "是" : "否",
                        LocalDate.of(2020, 6, 1), "已验收", 1000);
            }
            header(workbook, RoadSheet.SHEET);
            header(workbook, SurveillanceSheet.SHEET);
            workbook.writeTo(inbox.resolve(file));
        }
        Files.setLastModifiedTime(inbox.resolve(file), FileTime.from(DROPPED));
    }

    private record Household(String idNumber, boolean poor) {
    }
}
