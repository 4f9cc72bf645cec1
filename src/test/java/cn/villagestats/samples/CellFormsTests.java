package cn.villagestats.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;

import org.junit.jupiter.api.Test;

import cn.villagestats.samples.ReturnLayout.DateForm;
import cn.villagestats.samples.ReturnLayout.NumberForm;
import cn.villagestats.samples.ReturnLayout.PeriodForm;

class CellFormsTests {

    private static final LocalDate MAY_3 = LocalDate.of(2020, 5, 3);

    @Test
    void shouldTypeADateInEachTextFormOfTheContract() {
        assertThat(CellForms.date(MAY_3, DateForm.SERIAL)).isEqualTo(43954.0);
        assertThat(CellForms.date(MAY_3, DateForm.ISO_TEXT)).isEqualTo("2020-05-03");
        assertThat(CellForms.date(MAY_3, DateForm.SLASH_TEXT)).isEqualTo("2020/5/3");
        assertThat(CellForms.date(MAY_3, DateForm.DOT_TEXT)).isEqualTo("2020.5.3");
        assertThat(CellForms.date(MAY_3, DateForm.CHINESE_TEXT)).isEqualTo("2020年5月3日");
        assertThat(CellForms.date(MAY_3, DateForm.COMPACT_TEXT)).isEqualTo("20200503");
    }

    @Test
    void shouldTypeWholeNumbersAsClerksDo() {
        assertThat(CellForms.whole(1250, NumberForm.THOUSANDS, false)).isEqualTo("1,250");
        assertThat(CellForms.whole(1250, NumberForm.UNIT_SUFFIX, true)).isEqualTo("1250米");
        assertThat(CellForms.whole(1250, NumberForm.UNIT_SUFFIX, false)).isEqualTo(" 1250 ");
        assertThat(CellForms.whole(1250, NumberForm.FULL_WIDTH, false)).isEqualTo("１２５０");
        assertThat(CellForms.whole(1250, NumberForm.DECIMAL, false)).isEqualTo("1250.0");
        assertThat(CellForms.whole(1250, NumberForm.NONE, false)).isEqualTo(1250);
    }

    @Test
    void shouldTypeThePeriodInEachCoverForm() {
        YearMonth december = YearMonth.of(2020, 12);
        assertThat(CellForms.period(december, PeriodForm.ISO)).isEqualTo("2020-12");
        assertThat(CellForms.period(december, PeriodForm.CHINESE)).isEqualTo("2020年12月");
        assertThat(CellForms.period(december, PeriodForm.COMPACT)).isEqualTo("202012");
        assertThat(CellForms.period(december, PeriodForm.SLASH)).isEqualTo("2020/12");
    }
}
