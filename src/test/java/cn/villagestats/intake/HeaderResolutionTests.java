package cn.villagestats.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;

import cn.villagestats.programme.StandardProgrammes;
import cn.villagestats.programme.roads.RoadSheet;
import cn.villagestats.programme.surveillance.SurveillanceSheet;
import cn.villagestats.programme.toilets.ToiletSheet;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import cn.villagestats.workbook.SheetCell;

/** Programme sheet headers are found once per sheet, however the clerk laid them out. */
class HeaderResolutionTests {

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(Format.class)
    void shouldMatchEnglishAliasesInAnyCaseAndColumnsInAnyOrder(Format format) throws Exception {
        // given a roads sheet with English headers in a shuffled order
        Path file = ReturnFixture.standard()
                .sheet("道路硬化", roads -> roads
                        .row("Surface", "ROAD_NAME", "width_m", "Length_M", "area_m2", "household_access",
                                "households_served", "completed_on")
                        .row("水泥", "村东路", 4, 1250, 5000, "否", 0, "2020-05-03"))
                .write(format, dir);

        // when
        List<ReturnRow> rows = ReturnReading.allRows(file);

        // then
        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(row.cell(RoadSheet.NAME).text()).isEqualTo("村东路");
            assertThat(row.cell(RoadSheet.SURFACE).text()).isEqualTo("水泥");
            assertThat(row.cell(RoadSheet.LENGTH_M).text()).isEqualTo("1250");
            assertThat(row.cell(RoadSheet.WIDTH_M).text()).isEqualTo("4");
        });
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void shouldMatchHeadersWithFullWidthBracketsLineBreaksAndInnerSpaces(Format format) throws Exception {
        // given headers as clerks retype them
        Path file = ReturnFixture.standard()
                .sheet("道路硬化", roads -> roads
                        .row("序 号", "道路名称", "长度（米）", "宽度\n(米)", " 面积（平方米） ", "路面类型",
                                "是否\r\n户户通", "受益户数", "完工　日期", "投资（万元）")
                        .row(1, "村东路", 1250, 4, 5000, "水泥", "否", 0, "2020-05-03", 12.5))
                .write(format, dir);

        // when
        ReturnRow row = ReturnReading.allRows(file).get(0);

        // then every template column is found
        assertThat(row.cells()).containsOnlyKeys(RoadSheet.SHEET.columns());
        assertThat(row.cell(RoadSheet.INVESTMENT_10K_YUAN).text()).isEqualTo("12.5");
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void shouldSkipTitleRowsAboveTheHeaderAndNumberRowsAsExcelDoes(Format format) throws Exception {
        // given a merged title row and a note row above the header
        Path file = ReturnFixture.standard()
                .sheet("卫生改厕", toilets -> toilets
                        .row("泉里村卫生改厕台账").mergeLastRow(0, 8)
                        .row("填报单位：泉里村")
                        .row(ReturnFixture.TOILET_HEADERS)
                        .row(1, "王五", "370982199001011234", "一组", "三格化粪池式", "否", "2020-05-03", "已验收"))
                .write(format, dir);

        // when
        List<ReturnRow> rows = ReturnReading.allRows(file);

        // then
        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(row.rowNumber()).isEqualTo(4);
            assertThat(row.sheetName()).isEqualTo("卫生改厕");
            assertThat(row.cell(ToiletSheet.HOUSEHOLDER).text()).isEqualTo("王五");
        });
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void shouldIgnoreUnknownColumnsWithANotice(Format format) throws Exception {
        // given a surveillance sheet with an extra 备注 column
        Path file = ReturnFixture.standard()
                .sheet("雪亮工程", points -> points
                        .row("序号", "点位名称", "备注", "点位类型", "摄像头数量", "在线数量", "是否接入镇平台")
                        .row(1, "村口", "新建", "村口", 4, 4, "是"))
                .write(format, dir);

        // when
        try (ReturnWorkbook workbook = ReturnWorkbookReader.open(file, StandardProgrammes.SHEETS)) {
            List<ReturnRow> rows = ReturnReading.allRows(workbook);

            // then
            assertThat(rows.get(0).cells()).doesNotContainValue(SheetCell.text(2, "新建"));
            assertThat(rows.get(0).cell(SurveillanceSheet.TYPE).text()).isEqualTo("村口");
            assertThat(workbook.notices()).anySatisfy(notice -> assertThat(notice).contains("备注"));
        }
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void shouldRejectTheReturnWhenARequiredHeaderIsMissing(Format format) throws Exception {
        // given a toilets sheet without 身份证号
        Path file = ReturnFixture.standard()
                .sheet("卫生改厕", toilets -> toilets
                        .row("序号", "户主姓名", "村民小组", "改厕类型", "是否贫困户", "完工日期", "验收情况"))
                .write(format, dir);

        // when / then
        assertThatThrownBy(() -> ReturnWorkbookReader.open(file, StandardProgrammes.SHEETS))
                .isInstanceOfSatisfying(UnreadableReturnException.class, e -> {
                    assertThat(e.reasonZh()).contains("卫生改厕").contains("身份证号").doesNotContain("户主姓名");
                    assertThat(e.reasonEn()).contains("卫生改厕").contains("id_number");
                });
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void shouldAcceptARoadsSheetWithoutTheHouseholdsServedColumn(Format format) throws Exception {
        // given a roads sheet whose clerk deleted 受益户数, no segment being 户户通
        Path file = ReturnFixture.standard()
                .sheet("道路硬化", roads -> roads
                        .row("序号", "道路名称", "长度(米)", "宽度(米)", "面积(平方米)", "路面类型", "是否户户通", "完工日期")
                        .row(1, "村东路", 1250, 4, 5000, "水泥", "否", "2020-05-03"))
                .write(format, dir);

        // when
        ReturnRow row = ReturnReading.allRows(file).get(0);

        // then the header is found, and the row knows its sheet lacks the column
        assertThat(row.cell(RoadSheet.NAME).text()).isEqualTo("村东路");
        assertThat(row.hasColumn(RoadSheet.HOUSEHOLDS_SERVED)).isFalse();
        assertThat(row.hasColumn(RoadSheet.INVESTMENT_10K_YUAN)).isFalse();
        assertThat(row.hasColumn(RoadSheet.HOUSEHOLD_ACCESS)).isTrue();
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void shouldReadAClearedSheetAsNothingToReportWithANoticeNamingIt(Format format) throws Exception {
        // given a roads sheet cleared header and all, and a surveillance sheet left with its two title rows
        Path file = ReturnFixture.standard()
                .sheet("卫生改厕", toilets -> toilets.row(ReturnFixture.TOILET_HEADERS)
                        .row(1, "张三", "370982198001011234", "一组", "三格化粪池式", "是", "2020-05-03", "已验收", 1000))
                .sheet("道路硬化", roads -> { })
                .sheet("雪亮工程", points -> points.row("泉里村雪亮工程台账").row().row(null, null, "2020年12月"))
                .write(format, dir);

        // when
        try (ReturnWorkbook workbook = ReturnWorkbookReader.open(file, StandardProgrammes.SHEETS)) {
            List<ReturnRow> rows = ReturnReading.allRows(workbook);

            // then the toilet row is read and each cleared sheet is named in a notice
            assertThat(rows).singleElement().extracting(ReturnRow::sheet).isEqualTo(ToiletSheet.SHEET);
            assertThat(workbook.notices()).containsExactly(
                    "工作表“道路硬化”没有表头和数据，视为本期没有道路硬化数据 / sheet 道路硬化 holds no header and no data: "
                            + "nothing to report for 道路硬化",
                    "工作表“雪亮工程”没有表头和数据，视为本期没有雪亮工程数据 / sheet 雪亮工程 holds no header and no data: "
                            + "nothing to report for 雪亮工程");
        }
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void shouldRejectASheetWithRowsButNoHeaderEvenBelowTitleRows(Format format) throws Exception {
        // given title rows, then a data row of several cells but no header
        Path file = ReturnFixture.standard()
                .sheet("道路硬化", roads -> roads.row("泉里村道路硬化台账").row(1, "村东路", 1250, 4, 5000))
                .write(format, dir);

        // when / then
        assertThatThrownBy(() -> ReturnWorkbookReader.open(file, StandardProgrammes.SHEETS))
                .isInstanceOfSatisfying(UnreadableReturnException.class, e ->
                        assertThat(e.reasonZh()).startsWith("工作表“道路硬化”前10行中找不到表头：道路名称、"));
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void shouldFindTheHeaderOnTheTenthRow(Format format) throws Exception {
        // given nine title rows before the header
        Path file = ReturnFixture.standard()
                .sheet("雪亮工程", points -> {
                    for (int i = 1; i <= 9; i++) {
                        points.row("说明" + i);
                    }
                    points.row(ReturnFixture.POINT_HEADERS).row(1, "村口", "村口", 4, 4, "是");
                })
                .write(format, dir);

        // when
        List<ReturnRow> rows = ReturnReading.allRows(file);

        // then
        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(row.rowNumber()).isEqualTo(11);
            assertThat(row.cell(SurveillanceSheet.NAME).text()).isEqualTo("村口");
        });
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void shouldRejectTheReturnWhenTheHeaderIsBelowTheTenthRow(Format format) throws Exception {
        // given ten title rows before the header
        Path file = ReturnFixture.standard()
                .sheet("雪亮工程", points -> {
                    for (int i = 1; i <= 10; i++) {
                        points.row("说明" + i);
                    }
                    points.row(ReturnFixture.POINT_HEADERS);
                })
                .write(format, dir);

        // when / then
        assertThatThrownBy(() -> ReturnWorkbookReader.open(file, StandardProgrammes.SHEETS))
                .isInstanceOfSatisfying(UnreadableReturnException.class,
                        e -> assertThat(e.reasonZh()).contains("雪亮工程").contains("点位名称"));
    }
}
