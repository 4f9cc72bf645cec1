package cn.villagestats.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import cn.villagestats.programme.StandardProgrammes;
import cn.villagestats.programme.roads.RoadSheet;
import cn.villagestats.programme.surveillance.SurveillanceSheet;
import cn.villagestats.programme.toilets.ToiletSheet;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Which rows below the header are data, and in which order they come. */
class DataRowTests {

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(Format.class)
    void shouldReadToiletsThenRoadsThenSurveillanceWhateverTheSheetOrder(Format format) throws Exception {
        // given programme sheets written in reverse order, each with a row
        Path file = ReturnFixture.standard()
                .without("卫生改厕").without("道路硬化")
                .sheet("道路硬化", roads -> roads.row(ReturnFixture.ROAD_HEADERS).row(1, "村东路"))
                .sheet("卫生改厕", t -> t.row(ReturnFixture.TOILET_HEADERS).row(1, "王五").row(2, "赵六"))
                .sheet("雪亮工程", points -> points.row(ReturnFixture.POINT_HEADERS).row(1, "村口"))
                .write(format, dir);

        // when
        List<ReturnRow> rows = ReturnReading.allRows(file);

        // then
        assertThat(rows).extracting(ReturnRow::sheet, ReturnRow::rowNumber).containsExactly(
                org.assertj.core.groups.Tuple.tuple(ToiletSheet.SHEET, 2),
                org.assertj.core.groups.Tuple.tuple(ToiletSheet.SHEET, 3),
                org.assertj.core.groups.Tuple.tuple(RoadSheet.SHEET, 2),
                org.assertj.core.groups.Tuple.tuple(SurveillanceSheet.SHEET, 2));
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void shouldSkipBlankRowsAndKeepRealRowNumbers(Format format) throws Exception {
        // given blank rows between data rows, one holding only spaces, one only no-break and ideographic spaces
        Path file = ReturnFixture.standard()
                .sheet("道路硬化", roads -> roads.row(ReturnFixture.ROAD_HEADERS)
                        .row(1, "村东路").blankRow().row(null, "  ").row(null, "\u00A0\u3000", "\u00A0").row(2, "村西路"))
                .write(format, dir);

        // when
        List<ReturnRow> rows = ReturnReading.allRows(file);

        // then
        assertThat(rows).extracting(ReturnRow::rowNumber).containsExactly(2, 6);
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void shouldSetTotalRowsAsideInsteadOfReadingThemAsData(Format format) throws Exception {
        // given data rows followed by a 合计 row (with spaces, as clerks space it) and a 小计 row
        Path file = ReturnFixture.standard()
                .sheet("道路硬化", roads -> roads.row(ReturnFixture.ROAD_HEADERS)
                        .row(1, "村东路", 1250, 4, 5000)
                        .row("合 计", null, 1250, null, 5000)
                        .row(null, "小计", 1250))
                .write(format, dir);

        // when
        try (ReturnWorkbook workbook = ReturnWorkbookReader.open(file, StandardProgrammes.SHEETS)) {
            List<ReturnRow> rows = ReturnReading.allRows(workbook);

            // then
            assertThat(rows).extracting(ReturnRow::rowNumber).containsExactly(2);
            assertThat(workbook.totalRows()).extracting(TotalRow::rowNumber).containsExactly(3, 4);
            TotalRow total = workbook.totalRows().get(0);
            assertThat(total.sheet()).isEqualTo(RoadSheet.SHEET);
            assertThat(total.cells().get(RoadSheet.AREA_M2).text()).isEqualTo("5000");
        }
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void shouldReadATextCellNamedLikeATotalWordInsideARowAsData(Format format) throws Exception {
        // given a row whose first cell is data and a later cell says 合计
        Path file = ReturnFixture.standard()
                .sheet("道路硬化", roads -> roads.row(ReturnFixture.ROAD_HEADERS).row(1, "合计"))
                .write(format, dir);

        // when
        try (ReturnWorkbook workbook = ReturnWorkbookReader.open(file, StandardProgrammes.SHEETS)) {
            List<ReturnRow> rows = ReturnReading.allRows(workbook);

            // then
            assertThat(rows).hasSize(1);
            assertThat(workbook.totalRows()).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void shouldSkipAndCountRowsWithContentOnlyInUnknownColumns(Format format) throws Exception {
        // given a note typed beside the table, right of every template column
        Path file = ReturnFixture.standard()
                .sheet("雪亮工程", points -> points.row(ReturnFixture.POINT_HEADERS)
                        .row(1, "村口")
                        .row(null, null, null, null, null, null, null, null, "备注：已维修"))
                .write(format, dir);

        // when
        try (ReturnWorkbook workbook = ReturnWorkbookReader.open(file, StandardProgrammes.SHEETS)) {
            List<ReturnRow> rows = ReturnReading.allRows(workbook);

            // then
            assertThat(rows).hasSize(1);
            assertThat(workbook.rowsSkipped()).isEqualTo(1);
        }
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void shouldOpenAReturnWhoseProgrammeSheetsHoldNoDataRows(Format format) throws Exception {
        // given the standard return: headers only
        Path file = ReturnFixture.standard().write(format, dir);

        // when
        List<ReturnRow> rows = ReturnReading.allRows(file);

        // then
        assertThat(rows).isEmpty();
    }
}
