package cn.villagestats.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import cn.villagestats.programme.roads.RoadSheet;
import cn.villagestats.programme.toilets.ToiletSheet;
import cn.villagestats.spreadsheet.Formula;
import org.apache.poi.ss.usermodel.DateUtil;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import cn.villagestats.workbook.CellKind;
import cn.villagestats.workbook.SheetCell;
/** Cell values come through the reader as the clerk typed them, in both formats. */
class CellValueReadingTests {

    @TempDir
    Path dir;

    private ReturnRow onlyRoadRow(Format format, Object... values) throws Exception {
        Path file = ReturnFixture.standard()
                .sheet("道路硬化", roads -> roads.row(ReturnFixture.ROAD_HEADERS).row(values))
                .write(format, dir);
        List<ReturnRow> rows = ReturnReading.allRows(file);
        assertThat(rows).hasSize(1);
        return rows.get(0);
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void shouldKeepTextNumbersExactlyAsTyped(Format format) throws Exception {
        // given a road row whose figures were typed as text in the ways clerks type them
        // when
        ReturnRow row = onlyRoadRow(format, "1", "村东路", "１２５０", "1,250", "1250米", "水泥", "是", " 30 ");

        // then
        assertThat(row.cell(RoadSheet.LENGTH_M)).extracting(SheetCell::kind, SheetCell::text)
                .containsExactly(CellKind.TEXT, "１２５０");
        assertThat(row.cell(RoadSheet.WIDTH_M).text()).isEqualTo("1,250");
        assertThat(row.cell(RoadSheet.AREA_M2).text()).isEqualTo("1250米");
        assertThat(row.cell(RoadSheet.HOUSEHOLDS_SERVED).text()).isEqualTo(" 30 ");
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void shouldGiveNumericCellsAsPlainNumbers(Format format) throws Exception {
        // given numeric cells, whole and fractional
        // when
        ReturnRow row = onlyRoadRow(format, 1, "村东路", 1250, 0.5, 625.25);

        // then
        assertThat(row.cell(RoadSheet.NO)).extracting(SheetCell::kind, SheetCell::text, SheetCell::number)
                .containsExactly(CellKind.NUMBER, "1", 1.0);
        assertThat(row.cell(RoadSheet.LENGTH_M).text()).isEqualTo("1250");
        assertThat(row.cell(RoadSheet.WIDTH_M).text()).isEqualTo("0.5");
        assertThat(row.cell(RoadSheet.AREA_M2).text()).isEqualTo("625.25");
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void shouldGiveABigNumberAsExcelShowsItFifteenDigitsThenZeros(Format format) throws Exception {
        // given an id number typed as a number: the double holds 370982196602012032, Excel shows 370982196602012000
        double typed = 3.7098219660201203E17;

        // when
        Path file = ReturnFixture.standard()
                .sheet("卫生改厕", t -> t.row(ReturnFixture.TOILET_HEADERS).row(1, "李四", typed, 370982196602012.5))
                .write(format, dir);
        ReturnRow row = ReturnReading.allRows(file).get(0);
        SheetCell id = row.cell(ToiletSheet.ID_NUMBER);

        // then the text holds 15 significant digits then zeros, never E notation; the number is kept as stored
        assertThat(id.kind()).isEqualTo(CellKind.NUMBER);
        assertThat(id.text()).isEqualTo("370982196602012000");
        assertThat(id.number()).isEqualTo(typed);
        assertThat(row.cell(ToiletSheet.GROUP).text()).isEqualTo("370982196602013");
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void shouldUseTheCachedResultOfAFormula(Format format) throws Exception {
        // given an area computed by a formula whose result was saved
        // when
        ReturnRow row = onlyRoadRow(format, 1, "村东路", 1250, 4, new Formula("C2*D2", 5000.0));

        // then
        assertThat(row.cell(RoadSheet.AREA_M2)).extracting(SheetCell::kind, SheetCell::text)
                .containsExactly(CellKind.NUMBER, "5000");
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void shouldGiveDateCellsAsIsoDatesWithTheirSerial(Format format) throws Exception {
        // given a date cell and the same day typed as a bare serial number and as text
        LocalDate day = LocalDate.of(2020, 5, 3);
        double serial = DateUtil.getExcelDate(day);

        // when
        ReturnRow row = onlyRoadRow(format, 1, "村东路", serial, "2020年5月3日", null, null, null, null, day);

        // then
        assertThat(row.cell(RoadSheet.COMPLETED_ON))
                .extracting(SheetCell::kind, SheetCell::text, SheetCell::number)
                .containsExactly(CellKind.DATE, "2020-05-03", serial);
        assertThat(row.cell(RoadSheet.LENGTH_M)).extracting(SheetCell::kind, SheetCell::text)
                .containsExactly(CellKind.NUMBER, "43954");
        assertThat(row.cell(RoadSheet.WIDTH_M)).extracting(SheetCell::kind, SheetCell::text)
                .containsExactly(CellKind.TEXT, "2020年5月3日");
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void shouldGiveBooleanCellsAsTrueOrFalse(Format format) throws Exception {
        // given yes/no typed as boolean cells
        // when
        ReturnRow row = onlyRoadRow(format, 1, "村东路", null, null, null, null, true, false);

        // then
        assertThat(row.cell(RoadSheet.HOUSEHOLD_ACCESS)).extracting(SheetCell::kind, SheetCell::text)
                .containsExactly(CellKind.BOOLEAN, "TRUE");
        assertThat(row.cell(RoadSheet.HOUSEHOLDS_SERVED).text()).isEqualTo("FALSE");
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void shouldLeaveBlankCellsOutOfTheRow(Format format) throws Exception {
        // given a row with gaps
        // when
        ReturnRow row = onlyRoadRow(format, null, "村东路", "   ", null, 30);

        // then
        assertThat(row.cells()).containsOnlyKeys(RoadSheet.NAME, RoadSheet.AREA_M2);
        assertThat(row.cell(RoadSheet.LENGTH_M).kind()).isEqualTo(CellKind.BLANK);
    }
}
