package cn.villagestats.validation;

import cn.villagestats.workbook.CellKind;
import cn.villagestats.workbook.SheetCell;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DatesTests {

    private static final LocalDate MAY_3 = LocalDate.of(2020, 5, 3);

    @ParameterizedTest(name = "[{index}] \"{0}\"")
    @ValueSource(strings = {"2020-05-03", "2020/5/3", "2020.5.3", "2020年5月3日", "2020年5月3", "20200503",
            "２０２０年５月３日", "２０２００５０３", " 2020-05-03 ", "2020-5-3", "2020/05/03 00:00:00"})
    void shouldReadDatesTypedAsText(String typed) {
        assertThat(Dates.parse(Cells.text(typed)).value()).isEqualTo(MAY_3);
    }

    @Test
    void shouldReadDateCells() {
        assertThat(Dates.parse(Cells.date(MAY_3)).value()).isEqualTo(MAY_3);
    }

    @Test
    void shouldReadDateCellsOfAnyYear() {
        LocalDate longAgo = LocalDate.of(1949, 10, 1);

        assertThat(Dates.parse(Cells.date(longAgo)).value()).isEqualTo(longAgo);
    }

    @Test
    void shouldReadTheIsoDateAtTheStartOfADateCellsText() {
        SheetCell dateTime = new SheetCell(0, CellKind.DATE, "2020-05-03 10:30:00", 43954.4375);

        assertThat(Dates.parse(dateTime).value()).isEqualTo(MAY_3);
    }

    @ParameterizedTest(name = "[{index}] \"{0}\"")
    @ValueSource(strings = {"2020-05-03\n", "2020-05-03 \u2028", "２０２０-05-03", "2020-5-03", "20-05-2020"})
    void shouldFallBackToTheSerialWhenADateCellsTextIsNoIsoDate(String text) {
        // the serial names another day than the text, so that the day read shows which one was used
        SheetCell cell = new SheetCell(0, CellKind.DATE, text, 43955);

        assertThat(Dates.parse(cell).value()).isEqualTo(MAY_3.plusDays(1));
    }

    @Test
    void shouldFailAsBeforeOnADateCellNamingADayThatNeverWas() {
        SheetCell cell = new SheetCell(0, CellKind.DATE, "2020-02-30", 43954);

        assertThatThrownBy(() -> Dates.parse(cell)).isInstanceOf(DateTimeParseException.class);
    }

    @Test
    void shouldReadExcelSerialNumbersInThe1900System() {
        // 43954 is what Excel shows for 2020-05-03 when the cell is formatted as a number
        assertThat(Dates.parse(Cells.number(43954)).value()).isEqualTo(MAY_3);
        assertThat(Dates.parse(Cells.number(43954.75)).value()).isEqualTo(MAY_3);
    }

    @Test
    void shouldReadACompactDateTypedAsANumber() {
        assertThat(Dates.parse(Cells.number(20200503)).value()).isEqualTo(MAY_3);
        assertThat(Dates.parse(new SheetCell(0, CellKind.NUMBER, "２０２００５０３", 20200503)).value()).isEqualTo(MAY_3);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2020-02-30", "20200230", "2019年2月29日", "2020/13/1"})
    void shouldRejectDatesThatAreNotOnTheCalendar(String typed) {
        Parsed<LocalDate> parsed = Dates.parse(Cells.text(typed));

        assertThat(parsed.reasonZh()).isEqualTo("“" + typed + "”不是有效的日期(没有这一天)");
        assertThat(parsed.reasonEn()).isEqualTo("'" + typed + "' is not a valid calendar date");
    }

    @ParameterizedTest
    @ValueSource(strings = {"五月三日", "2020-5/3", "2020", "05/03/2020"})
    void shouldRejectTextThatIsNotADate(String typed) {
        Parsed<LocalDate> parsed = Dates.parse(Cells.text(typed));

        assertThat(parsed.reasonZh()).isEqualTo("“" + typed + "”不是日期，应填写日期，如 2020-05-03");
        assertThat(parsed.reasonEn()).isEqualTo("'" + typed + "' is not a date; expected a date such as 2020-05-03");
    }

    @Test
    void shouldRejectNumbersOutsideThePlausibleSerialRange() {
        SheetCell count = Cells.number(12);
        SheetCell pastTheCentury = Cells.number(Dates.serialOf(LocalDate.of(2100, 1, 1)));

        assertThat(Dates.parse(count).reasonZh()).isEqualTo("“12”不是日期，应填写日期，如 2020-05-03");
        assertThat(Dates.parse(pastTheCentury).isOk()).isFalse();
        assertThat(Dates.parse(Cells.number(Dates.serialOf(LocalDate.of(2099, 12, 31)))).value())
                .isEqualTo(LocalDate.of(2099, 12, 31));
    }

    @Test
    void shouldRejectAFormulaWithoutResult() {
        assertThat(Dates.parse(Cells.formulaWithoutResult()).reasonZh()).isEqualTo("公式没有计算结果");
    }
}
