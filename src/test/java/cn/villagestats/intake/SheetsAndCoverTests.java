package cn.villagestats.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;

import cn.villagestats.programme.StandardProgrammes;
import cn.villagestats.programme.roads.RoadSheet;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import cn.villagestats.workbook.CellKind;
import cn.villagestats.workbook.SheetCell;

/** Sheets are found by name and the cover by its labels, in both formats. */
class SheetsAndCoverTests {

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(Format.class)
    void shouldFindSheetsByEnglishNamesWithSurroundingSpaces(Format format) throws Exception {
        // given sheets named in English, with stray spaces and an extra sheet
        Path file = ReturnFixture.standard()
                .rename("封面", " cover ").rename("卫生改厕", "TOILETS").rename("道路硬化", "Roads ")
                .rename("雪亮工程", " 雪亮工程")
                .sheet("Sheet1", extra -> extra.row("草稿"))
                .sheet("Roads ", roads -> roads.row(ReturnFixture.ROAD_HEADERS).row(1, "村东路"))
                .write(format, dir);

        // when
        try (ReturnWorkbook workbook = ReturnWorkbookReader.open(file, StandardProgrammes.SHEETS)) {
            List<ReturnRow> rows = ReturnReading.allRows(workbook);

            // then
            assertThat(workbook.cover().get(CoverField.VILLAGE_NAME).text()).isEqualTo("泉里村");
            assertThat(rows).singleElement().satisfies(row -> {
                assertThat(row.sheet()).isEqualTo(RoadSheet.SHEET);
                assertThat(row.sheetName()).isEqualTo("Roads ");
            });
            assertThat(workbook.notices()).anySatisfy(notice -> assertThat(notice).contains("Sheet1"));
        }
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void shouldFindSheetsAndHeadersWithNoBreakAndZeroWidthSpacesAsWpsLeavesThem(Format format) throws Exception {
        // given sheet names, headers and values with a no-break space, U+2003, U+3000, U+200B and a BOM around them
        Path file = ReturnFixture.standard()
                .rename("封面", "\uFEFF封面").rename("卫生改厕", "卫生改厕\u3000").rename("道路硬化", "\u2003道路硬化")
                .rename("雪亮工程", "雪亮工程\u00A0")
                .sheet("\u2003道路硬化", roads -> roads
                        .row("序号", "道路名称\u200B", "\u00A0长度(米)", "宽度(米)\uFEFF", "面积(平方米)", "路面类型",
                                "是否户户通\u3000", "受益户数", "完工日期", "投资(万元)")
                        .row(1, "\u00A0村东路\u200B", 1250, 4, 5000, "水泥", "否", 0, "2020-05-03", 12.5)
                        .row("\u00A0", "\u200B", "\uFEFF\u3000"))
                .write(format, dir);

        // when
        try (ReturnWorkbook workbook = ReturnWorkbookReader.open(file, StandardProgrammes.SHEETS)) {
            List<ReturnRow> rows = ReturnReading.allRows(workbook);

            // then the sheets are the template's, every header is found and the row of spaces is blank
            assertThat(workbook.cover().get(CoverField.VILLAGE_CODE).text()).isEqualTo("370982104202");
            assertThat(rows).singleElement().satisfies(row -> {
                assertThat(row.sheet()).isEqualTo(RoadSheet.SHEET);
                assertThat(row.sheetName()).isEqualTo("\u2003道路硬化");
                assertThat(row.cells()).containsOnlyKeys(RoadSheet.SHEET.columns());
                assertThat(row.cell(RoadSheet.NAME).text()).isEqualTo("\u00A0村东路\u200B");
            });
            assertThat(workbook.notices()).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void shouldRejectTheReturnWhenTwoSheetsAreTheSameProgramme(Format format) throws Exception {
        // given an empty English copy of the toilets sheet before the Chinese one that holds the rows
        Path file = ReturnFixture.standard().rename("卫生改厕", "Toilets")
                .sheet("卫生改厕", toilets -> toilets.row(ReturnFixture.TOILET_HEADERS)
                        .row(1, "张三", "370982198001011234", "一组", "三格化粪池式", "是", "2020-05-03", "已验收", 1000))
                .write(format, dir);

        // when / then
        assertThatThrownBy(() -> ReturnWorkbookReader.open(file, StandardProgrammes.SHEETS))
                .isInstanceOfSatisfying(UnreadableReturnException.class, e -> {
                    assertThat(e.reasonZh()).isEqualTo("工作簿中有两张“卫生改厕”表（“Toilets”和“卫生改厕”），请只保留一张后重新报送");
                    assertThat(e.reasonEn()).isEqualTo("two sheets for 卫生改厕 (Toilets and 卫生改厕): keep one and send the workbook again");
                });
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void shouldRejectTheReturnWhenASheetIsMissing(Format format) throws Exception {
        // given a return without its roads sheet
        Path file = ReturnFixture.standard().without("道路硬化").write(format, dir);

        // when / then
        assertThatThrownBy(() -> ReturnWorkbookReader.open(file, StandardProgrammes.SHEETS))
                .isInstanceOfSatisfying(UnreadableReturnException.class, e -> {
                    assertThat(e.reasonZh()).isEqualTo("缺少工作表“道路硬化”");
                    assertThat(e.reasonEn()).isEqualTo("sheet 道路硬化 (Roads) is missing");
                    // the cover was read first, so the rejection can name the village
                    assertThat(e.cover().get(CoverField.VILLAGE_CODE).text()).isEqualTo("370982104202");
                    assertThat(e.cover().get(CoverField.VILLAGE_NAME).text()).isEqualTo("泉里村");
                });
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void shouldCarryNoCoverWhenTheCoverItselfIsMissing(Format format) throws Exception {
        // given a return without its cover
        Path file = ReturnFixture.standard().without("封面").write(format, dir);

        // when / then
        assertThatThrownBy(() -> ReturnWorkbookReader.open(file, StandardProgrammes.SHEETS))
                .isInstanceOfSatisfying(UnreadableReturnException.class, e -> {
                    assertThat(e.reasonZh()).isEqualTo("缺少工作表“封面”");
                    assertThat(e.cover()).isEmpty();
                });
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void shouldReadCoverValuesBesideTheirLabelsAnywhereInTheTopLeft(Format format) throws Exception {
        // given a cover with a title, labels in column C with colons, a numeric code and aliases
        Path file = ReturnFixture.standard()
                .sheet("封面", cover -> cover
                        .row("泉里村2020年12月报表").mergeLastRow(0, 3)
                        .blankRow()
                        .row(null, null, "村代码：", 370982104202d)
                        .row(null, null, "村 名:", "泉里")
                        .row(null, null, "Period", "2020年12月")
                        .row(null, null, "填报人", "张三", "联系电话", "13800000000")
                        .row(null, null, "填报日期", null))
                .write(format, dir);

        // when
        try (ReturnWorkbook workbook = ReturnWorkbookReader.open(file, StandardProgrammes.SHEETS)) {
            // then
            assertThat(workbook.cover().get(CoverField.VILLAGE_CODE))
                    .extracting(SheetCell::kind, SheetCell::text)
                    .containsExactly(CellKind.NUMBER, "370982104202");
            assertThat(workbook.cover().get(CoverField.VILLAGE_NAME).text()).isEqualTo("泉里");
            assertThat(workbook.cover().get(CoverField.PERIOD).text()).isEqualTo("2020年12月");
            assertThat(workbook.cover().get(CoverField.PREPARER).text()).isEqualTo("张三");
            assertThat(workbook.cover().get(CoverField.PHONE).text()).isEqualTo("13800000000");
            assertThat(workbook.cover()).doesNotContainKeys(CoverField.SUBMITTED_ON, CoverField.TEMPLATE_VERSION);
        }
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void shouldIgnoreCoverLabelsBeyondTheTwentiethRow(Format format) throws Exception {
        // given a cover whose phone label sits in row 21
        Path file = ReturnFixture.standard()
                .sheet("封面", cover -> {
                    cover.row("村代码", "370982104202");
                    for (int i = 2; i <= 20; i++) {
                        cover.row("说明");
                    }
                    cover.row("联系电话", "13800000000");
                })
                .write(format, dir);

        // when
        try (ReturnWorkbook workbook = ReturnWorkbookReader.open(file, StandardProgrammes.SHEETS)) {
            // then
            assertThat(workbook.cover()).containsKey(CoverField.VILLAGE_CODE).doesNotContainKey(CoverField.PHONE);
        }
    }
}
