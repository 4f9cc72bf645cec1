package cn.villagestats.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import java.time.YearMonth;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class PeriodRuleTests {

    @ParameterizedTest
    @CsvSource({"2021-01-01, 2020-12", "2021-01-10, 2020-12", "2021-01-11, 2021-01", "2021-03-31, 2021-03"})
    void shouldMeanThePreviousMonthUntilTheTenthThenTheCurrentMonth(LocalDate day, String period) {
        assertThat(new PeriodRule(10).periodOn(day)).isEqualTo(YearMonth.parse(period));
    }

    @Test
    void shouldAlwaysMeanTheCurrentMonthWhenTheSwitchDayIsZero() {
        assertThat(new PeriodRule(0).periodOn(LocalDate.of(2021, 1, 1))).isEqualTo(YearMonth.of(2021, 1));
    }

    @Test
    void shouldRefuseASwitchDayOutsideTheMonth() {
        assertThatIllegalArgumentException().isThrownBy(() -> new PeriodRule(32));
    }
}
