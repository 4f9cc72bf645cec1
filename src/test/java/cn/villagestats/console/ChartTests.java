package cn.villagestats.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The SVG geometry of 报送情况's charts: exact places, gaps where there is no value, bars in the order given. */
class ChartTests {

    @Test
    void shouldPlaceEachPeriodsValueAndBreakTheLineAtAPeriodWithoutTotals() {
        // given four periods, the second without totals, the largest value 200
        Chart chart = new Chart(List.of(point("2020-10", "100"), point("2020-11", null), point("2020-12", "33.1"),
                point("2021-01", "200")));

        // when it is drawn as a line
        Chart.Geometry line = chart.line();

        // then a period is 60 apart, zero is at y 140 and 200 at y 20: 33.1 sits at 140 - 19.86 (rounded to 19.9)
        assertThat(line.lines()).containsExactly("60,80", "180,120.1 240,20");
        assertThat(line.marks()).extracting(Chart.Mark::x, Chart.Mark::y, Chart.Mark::label, Chart.Mark::title)
                .containsExactly(
                        tuple("60", "80", "100", "2020-10：100"),
                        tuple("180", "120.1", "33.1", "2020-12：33.1"),
                        tuple("240", "20", "200", "2021-01：200"));
        assertThat(line.labels()).extracting(Chart.Mark::x, Chart.Mark::label).containsExactly(
                tuple("60", "2020-10"), tuple("120", "2020-11"),
                tuple("180", "2020-12"), tuple("240", "2021-01"));
        assertThat(line.top()).isEqualTo("200");
        assertThat(line.width()).isEqualTo(280);
        assertThat(line.height()).isEqualTo(170);
    }

    @Test
    void shouldDrawABarPerVillageInTheOrderGivenWithItsNameAndNoneForAVillageWithoutAValue() {
        // given three villages in code order, whose names do not sort like their codes, the second not reported
        Chart chart = new Chart(List.of(
                new Chart.Point("镇里村", "镇里村（370982104201）", new BigDecimal("120")),
                new Chart.Point("泉里村", "泉里村（370982104202）", null),
                new Chart.Point("汶城村", "汶城村（370982104203）", new BigDecimal("40.55"))));

        // when it is drawn as bars
        Chart.Geometry bars = chart.bars();

        // then each village has a slot of 16 in that order; 120 fills the 120 high plot, 40.55 is 40.6 high
        assertThat(bars.marks()).extracting(Chart.Mark::x, Chart.Mark::y, Chart.Mark::width, Chart.Mark::height,
                        Chart.Mark::title)
                .containsExactly(
                        tuple("62", "20", "12", "120", "镇里村（370982104201）：120"),
                        tuple("94", "99.4", "12", "40.6", "汶城村（370982104203）：40.55"));
        assertThat(bars.labels()).extracting(Chart.Mark::x, Chart.Mark::y, Chart.Mark::label, Chart.Mark::title)
                .containsExactly(
                        tuple("72", "148", "镇里村", "镇里村（370982104201）：120"),
                        tuple("88", "148", "泉里村", "泉里村（370982104202）：无数据"),
                        tuple("104", "148", "汶城村", "汶城村（370982104203）：40.55"));
        assertThat(bars.width()).isEqualTo(128);
        assertThat(bars.top()).isEqualTo("120");
    }

    @Test
    void shouldKeepEveryValueOnTheAxisWhenAllAreZero() {
        // given two periods of 0
        Chart.Geometry line = new Chart(List.of(point("2020-11", "0"), point("2020-12", "0.00"))).line();

        // then the line lies on the axis rather than dividing by zero
        assertThat(line.lines()).containsExactly("60,140 120,140");
        assertThat(line.marks()).extracting(Chart.Mark::title).containsExactly("2020-11：0", "2020-12：0");
    }

    private static Chart.Point point(String period, String value) {
        return new Chart.Point(period, period, value == null ? null : new BigDecimal(value));
    }
}
