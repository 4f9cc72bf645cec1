package cn.villagestats.consolidation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import cn.villagestats.intake.Format;
import cn.villagestats.intake.ReturnFixture;
import cn.villagestats.reporting.RejectedCell;
import cn.villagestats.reporting.ReturnOutcome;
import cn.villagestats.workbook.xlsx.ZipParts;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.junit.jupiter.api.io.TempDir;

class RejectedRowsJobTests extends JobTestSupport {

    private static final String GOOD_ID = TestReturns.withCheckDigit("37098219800101123");
    private static final String OTHER_ID = TestReturns.withCheckDigit("37098219750202302");
    private static final String BAD_CHECK_DIGIT_ID = TestReturns.withWrongCheckDigit("37098219800101123");

    @TempDir
    Path work;

    @Test
    void shouldRejectBadRowsButCountTheGoodRowsOfTheSameReturn() throws Exception {
        // given a return with one good toilet row, one with a wrong check digit, and a point with too many cameras online
        Path inbox = work.resolve("inbox");
        Files.createDirectories(inbox);
        ReturnFixture.standard()
                .sheet("卫生改厕", s -> s.row(ReturnFixture.TOILET_HEADERS)
                        .row(1, "张三", GOOD_ID, "一组", "三格化粪池式", "是", LocalDate.of(2020, 5, 3), "已验收", 1000)
                        .row(2, "李四", BAD_CHECK_DIGIT_ID, "一组", "双瓮漏斗式", "否", LocalDate.of(2020, 6, 3), "未验收", 800))
                .sheet("雪亮工程", s -> s.row(ReturnFixture.POINT_HEADERS)
                        .row(1, "村口东", "村口", 4, 6, "是", LocalDate.of(2020, 6, 1)))
                .write(Format.XLSX, inbox, "泉里村.xlsx");

        // when
        run(inbox, work.resolve("out"));

        // then the return is accepted, with its rows accounted for
        ReturnOutcome outcome = outcomesByFile().get("泉里村.xlsx");
        assertThat(outcome.status()).isEqualTo("accepted");
        assertThat(outcome.rowsRead()).isEqualTo(3);
        assertThat(outcome.rowsAccepted()).isEqualTo(1);
        assertThat(outcome.rowsRejected()).isEqualTo(2);
        // and only the good row counts
        assertThat(township()).containsEntry("toilet.households", "1").containsEntry("surveillance.points", "0");
        // and each rejection says where and why, with the id number masked
        List<RejectedCell> cells = reports.rejectedCells("2020-12");
        assertThat(cells).extracting(RejectedCell::sheet, RejectedCell::row, RejectedCell::column)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("卫生改厕", 3, "身份证号"),
                        org.assertj.core.groups.Tuple.tuple("雪亮工程", 2, "在线数量"));
        assertThat(cells.get(0).value()).isEqualTo(TestReturns.masked(BAD_CHECK_DIGIT_ID));
        assertThat(cells.get(0).reasonZh()).contains("校验");
        String csv = Files.readString(work.resolve("out/rejected-rows-2020-12.csv"), StandardCharsets.UTF_8);
        assertThat(csv).contains(TestReturns.masked(BAD_CHECK_DIGIT_ID)).doesNotContain(BAD_CHECK_DIGIT_ID)
                .contains("泉里村.xlsx,370982104202,雪亮工程,2,在线数量,6,");
    }

    @Test
    void shouldRejectAnIdNumberRepeatedInALaterVillageNamingWhereItFirstAppeared() throws Exception {
        // given two villages report the same household
        Path inbox = work.resolve("inbox");
        Files.createDirectories(inbox);
        ReturnFixture.standard().village("370982104201", "镇里村")
                .sheet("卫生改厕", s -> s.row(ReturnFixture.TOILET_HEADERS)
                        .row(1, "张三", GOOD_ID, "一组", "三格化粪池式", "是", LocalDate.of(2020, 5, 3), "已验收", 1000))
                .write(Format.XLSX, inbox, "镇里村.xlsx");
        ReturnFixture.standard().village("370982104202", "泉里村")
                .sheet("卫生改厕", s -> s.row(ReturnFixture.TOILET_HEADERS)
                        .row(1, "王五", OTHER_ID, "一组", "三格化粪池式", "否", LocalDate.of(2020, 5, 3), "已验收", 1000)
                        .row(2, "张三", GOOD_ID, "二组", "三格化粪池式", "是", LocalDate.of(2020, 5, 3), "已验收", 1000))
                .write(Format.XLS, inbox, "泉里村.xls");

        // when
        run(inbox, work.resolve("out"));

        // then the repeat in the later village (by code) is rejected and counted once
        Map<String, ReturnOutcome> outcomes = outcomesByFile();
        assertThat(outcomes.get("镇里村.xlsx").rowsRejected()).isZero();
        assertThat(outcomes.get("泉里村.xls").rowsRejected()).isEqualTo(1);
        assertThat(outcomes.get("泉里村.xls").rowsAccepted()).isEqualTo(1);
        assertThat(township()).containsEntry("toilet.households", "2");
        RejectedCell repeat = reports.rejectedCells("2020-12").get(0);
        assertThat(repeat.villageCode()).isEqualTo("370982104202");
        assertThat(repeat.row()).isEqualTo(3);
        assertThat(repeat.reasonZh()).contains("镇里村").contains("370982104201").contains("第2行");
        assertThat(repeat.value()).doesNotContain(GOOD_ID.substring(6, 14));
    }

    @Test
    void shouldMaskAnIdNumberTypedOutsideItsColumnInEveryReport() throws Exception {
        // given a householder's number typed into the name and into the subsidy
        Path inbox = Files.createDirectories(work.resolve("inbox"));
        ReturnFixture.standard()
                .sheet("卫生改厕", s -> s.row(ReturnFixture.TOILET_HEADERS)
                        .row(1, "张三（" + GOOD_ID + "）", GOOD_ID, "一组", "三格化粪池式", "是", LocalDate.of(2020, 5, 3), "已验收", 1000)
                        .row(2, "王五", OTHER_ID, "一组", "三格化粪池式", "否", LocalDate.of(2020, 5, 3), "已验收", OTHER_ID))
                .write(Format.XLSX, inbox, "泉里村.xlsx");
        // and a cover whose village code is a householder's number
        ReturnFixture.standard().village(GOOD_ID, "镇里村").write(Format.XLSX, inbox, "镇里村.xlsx");

        // when
        run(inbox, work.resolve("out"));

        // then both rows and the cover are rejected, quoting what was typed with the numbers masked
        assertThat(outcomesByFile().get("泉里村.xlsx").rowsRejected()).isEqualTo(2);
        assertThat(outcomesByFile().get("镇里村.xlsx").status()).isEqualTo("rejected");
        assertThat(reports.rejectedCells("2020-12")).extracting(RejectedCell::column, RejectedCell::value)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("户主姓名", "张三（" + TestReturns.masked(GOOD_ID) + "）"),
                        org.assertj.core.groups.Tuple.tuple("补助金额(元)", TestReturns.masked(OTHER_ID)));
        for (String report : List.of("rejected-rows-2020-12.csv", "returns-2020-12.csv")) {
            assertThat(Files.readString(work.resolve("out").resolve(report), StandardCharsets.UTF_8)).as(report)
                    .doesNotContain(GOOD_ID).doesNotContain(OTHER_ID).contains(TestReturns.masked(GOOD_ID));
        }
        assertThat(outcomesByFile().get("镇里村.xlsx").reasonZh()).contains(TestReturns.masked(GOOD_ID))
                .doesNotContain(GOOD_ID);
    }

    @Test
    void shouldRejectARowWhoseTextIsLongerThanTheDatabaseKeepsAndLoadTheRest() throws Exception {
        // given a group, a road name and a point name each one character too long, among good rows
        Path inbox = Files.createDirectories(work.resolve("inbox"));
        ReturnFixture.standard()
                .sheet("卫生改厕", s -> s.row(ReturnFixture.TOILET_HEADERS)
                        .row(1, "张三", GOOD_ID, "组".repeat(65), "三格化粪池式", "是", LocalDate.of(2020, 5, 3), "已验收", 1000)
                        .row(2, "王五", OTHER_ID, "组".repeat(64), "三格化粪池式", "否", LocalDate.of(2020, 5, 3), "已验收", 1000))
                .sheet("道路硬化", s -> s.row(ReturnFixture.ROAD_HEADERS)
                        .row(1, "路".repeat(129), 100, 4, 400, "水泥", "否", null, LocalDate.of(2020, 7, 1), 20))
                .sheet("雪亮工程", s -> s.row(ReturnFixture.POINT_HEADERS)
                        .row(1, "点".repeat(129), "村口", 4, 4, "是", LocalDate.of(2020, 6, 1)))
                .write(Format.XLSX, inbox, "泉里村.xlsx");

        // when
        BatchStatus status = start(inbox, work.resolve("out")).status();

        // then the run completes, the long cells are rejected with their limit, and the good row counts
        assertThat(status).isEqualTo(BatchStatus.COMPLETED);
        ReturnOutcome outcome = outcomesByFile().get("泉里村.xlsx");
        assertThat(outcome.status()).isEqualTo("accepted");
        assertThat(List.of(outcome.rowsRead(), outcome.rowsAccepted(), outcome.rowsRejected())).containsExactly(4, 1, 3);
        assertThat(reports.rejectedCells("2020-12")).extracting(RejectedCell::column, RejectedCell::reasonZh)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("村民小组", "村民小组最多64个字，填的是65个字"),
                        org.assertj.core.groups.Tuple.tuple("道路名称", "道路名称最多128个字，填的是129个字"),
                        org.assertj.core.groups.Tuple.tuple("点位名称", "点位名称最多128个字，填的是129个字"));
        assertThat(township()).containsEntry("toilet.households", "1");
    }

    @Test
    void shouldRejectAnInvestmentTypedInYuanAndLoadTheRest() throws Exception {
        // given a road whose investment has 13 digits before the point (which no staging column keeps), one of
        // 100亿元, and one just below with three decimals in its width
        Path inbox = Files.createDirectories(work.resolve("inbox"));
        ReturnFixture.standard()
                .sheet("道路硬化", s -> s.row(ReturnFixture.ROAD_HEADERS)
                        .row(1, "村东路", 100, 4, 400, "水泥", "否", null, LocalDate.of(2020, 7, 1), "1000000000000")
                        .row(2, "村南路", 100, 4, 400, "水泥", "否", null, LocalDate.of(2020, 7, 1), 1000000)
                        .row(3, "村西路", 100, 3.456, 345.6, "水泥", "否", null, LocalDate.of(2020, 7, 1), "999999.99"))
                .write(Format.XLSX, inbox, "泉里村.xlsx");

        // when
        BatchStatus status = start(inbox, work.resolve("out")).status();

        // then the run completes and the first two roads are rejected, asking whether the clerk typed 元
        assertThat(status).isEqualTo(BatchStatus.COMPLETED);
        assertThat(reports.rejectedCells("2020-12")).extracting(RejectedCell::row, RejectedCell::column, RejectedCell::reasonZh)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(2, "投资(万元)", "投资(万元)应小于1000000（100亿元），填的是1000000000000，是否按元填写了？"),
                        org.assertj.core.groups.Tuple.tuple(3, "投资(万元)", "投资(万元)应小于1000000（100亿元），填的是1000000，是否按元填写了？"));
        assertThat(township()).containsEntry("road.segments", "1").containsEntry("road.investment_10k_yuan", "999999.99");
    }

    @Test
    void shouldStageANameWithANulAndRejectTheYearZeroAndLoadTheRest() throws Exception {
        // given a point whose name carries a NUL (a shared string _x0000_) and one built in the year 0
        Path inbox = Files.createDirectories(work.resolve("inbox"));
        Path file = ReturnFixture.standard()
                .sheet("雪亮工程", s -> s.row(ReturnFixture.POINT_HEADERS)
                        .row(1, "村口东", "村口", 4, 4, "是", LocalDate.of(2020, 6, 1))
                        .row(2, "村委会", "村委会", 4, 4, "是", "0000-01-01"))
                .write(Format.XLSX, inbox, "泉里村.xlsx");
        ZipParts.rewrite(file, "xl/sharedStrings.xml", xml -> xml.replace(">村口东<", ">村口_x0000_东<"));

        // when
        BatchStatus status = start(inbox, work.resolve("out")).status();

        // then the run completes: the name is staged without the NUL, the year 0 is rejected
        assertThat(status).isEqualTo(BatchStatus.COMPLETED);
        assertThat(jdbc.queryForList("SELECT point_name FROM surveillance_row", String.class)).containsExactly("村口东");
        assertThat(reports.rejectedCells("2020-12")).extracting(RejectedCell::row, RejectedCell::column)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(3, "建成日期"));
    }
}
