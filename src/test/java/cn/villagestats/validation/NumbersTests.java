package cn.villagestats.validation;

import cn.villagestats.workbook.SheetCell;
import cn.villagestats.returns.Unit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class NumbersTests {

    @ParameterizedTest(name = "[{index}] \"{0}\" in {1} reads as {2}")
    @CsvSource(delimiter = '|', value = {
            "1250|NONE|1250",
            "1,250|NONE|1250",
            "１２５０|NONE|1250",
            "' 1250 '|NONE|1250",
            "1250.0|NONE|1250",
            "1250米|METRE|1250",
            "1250 米|METRE|1250",
            "1250m|METRE|1250",
            "5000平方米|SQUARE_METRE|5000",
            "5000㎡|SQUARE_METRE|5000",
            "1，250|NONE|1250",
            "2000元|YUAN|2000",
            "62.5万元|TEN_THOUSAND_YUAN|62.5",
            "36户|HOUSEHOLD|36",
            "8个|PIECE|8",
            "0.5|NONE|0.5",
            "-3|NONE|-3"})
    void shouldReadNumbersTypedAsText(String typed, Unit unit, String expected) {
        // given
        SheetCell cell = Cells.text(typed);

        // when
        Parsed<BigDecimal> parsed = Numbers.parse(cell, unit);

        // then
        assertThat(parsed.value()).isEqualByComparingTo(expected);
    }

    @Test
    void shouldReadNumericCells() {
        assertThat(Numbers.parse(Cells.number(1250), Unit.METRE).value()).isEqualTo(new BigDecimal("1250"));
        assertThat(Numbers.parse(Cells.number(0.5), Unit.METRE).value()).isEqualTo(new BigDecimal("0.5"));
    }

    @Test
    void shouldReadWholeNumericCellsAsTheirDecimalTextGives() {
        // given: whole numbers, where the fast path applies, and its edges
        Random random = new Random(7);
        List<Double> values = new ArrayList<>(List.of(0d, -0d, 1d, -1d, 1e7, 1e14, 999_999_999_999_999d, 1e15, -1e15,
                1e16, 0.5, -2.5, 1e-7, 123456.75, Double.MAX_VALUE, Math.pow(2, 52) + 1));
        for (int i = 0; i < 100_000; i++) {
            values.add((double) (random.nextLong() % 1_000_000_000_000_000L));
            values.add((double) random.nextInt(100_000));
        }

        for (double value : values) {
            // when
            BigDecimal read = Numbers.ofNumber(value);

            // then: the same value and scale as through Double.toString, as it always was read
            BigDecimal stripped = BigDecimal.valueOf(value).stripTrailingZeros();
            assertThat(read).as("%s", value).isEqualTo(stripped.scale() < 0 ? stripped.setScale(0) : stripped);
        }
    }

    @Test
    void shouldRejectTextThatIsNotANumber() {
        Parsed<BigDecimal> parsed = Numbers.parse(Cells.text("一千"), Unit.NONE);

        assertThat(parsed.reasonZh()).isEqualTo("“一千”不是数字，应填写数字，如 1250");
        assertThat(parsed.reasonEn()).isEqualTo("'一千' is not a number; expected a number such as 1250");
    }

    @Test
    void shouldRejectMisplacedThousandsSeparators() {
        assertThat(Numbers.parse(Cells.text("12,50"), Unit.NONE).isOk()).isFalse();
    }

    @Test
    void shouldRejectAUnitThatIsNotTheColumns() {
        Parsed<BigDecimal> parsed = Numbers.parse(Cells.text("1.25公里"), Unit.METRE);

        assertThat(parsed.reasonZh()).isEqualTo("单位“公里”不对，应以米为单位的数字");
        assertThat(parsed.reasonEn()).isEqualTo("unit '公里' is wrong; expected a number in the unit 米");
    }

    @Test
    void shouldRejectAFormulaWithoutResult() {
        Parsed<BigDecimal> parsed = Numbers.parse(Cells.formulaWithoutResult(), Unit.NONE);

        assertThat(parsed.reasonZh()).isEqualTo("公式没有计算结果");
        assertThat(parsed.reasonEn()).isEqualTo("formula has no calculated result");
    }

    @Test
    void shouldRejectAnErrorValueNamingIt() {
        Parsed<BigDecimal> parsed = Numbers.parse(Cells.error("#DIV/0!"), Unit.NONE);

        assertThat(parsed.reasonZh()).isEqualTo("单元格是错误值#DIV/0!，请改正公式或重新填写");
        assertThat(parsed.reasonEn()).isEqualTo("the cell holds the error value #DIV/0!; fix the formula or retype the value");
    }

    @Test
    void shouldRejectDateAndBooleanCells() {
        assertThat(Numbers.parse(Cells.date(LocalDate.of(2020, 5, 3)), Unit.NONE).reasonZh())
                .isEqualTo("填的是日期(2020-05-03)，应填写数字");
        assertThat(Numbers.parse(Cells.bool(true), Unit.NONE).isOk()).isFalse();
    }

    @ParameterizedTest
    @CsvSource({"12, 12", "12.0, 12", "'1,200', 1200", "１２, 12"})
    void shouldReadWholeNumbers(String typed, int expected) {
        assertThat(Numbers.parseWhole(Cells.text(typed), Unit.NONE).value()).isEqualTo(expected);
    }

    @Test
    void shouldRejectAFractionWhereACountIsExpected() {
        Parsed<Integer> parsed = Numbers.parseWhole(Cells.number(12.5), Unit.NONE);

        assertThat(parsed.reasonZh()).isEqualTo("应为整数，填的是12.5");
        assertThat(parsed.reasonEn()).isEqualTo("must be a whole number, got 12.5");
    }
}
