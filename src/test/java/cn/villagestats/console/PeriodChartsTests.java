package cn.villagestats.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** 报送情况's charts: an indicator's township totals over twelve periods, and its value by village. */
class PeriodChartsTests extends ConsoleTestSupport {

    private static final String MAY = "2019-05";
    private static final String JUNE = "2019-06";

    @BeforeEach
    void totalsOfMayAndJuneAndTwoVillagesOfJune() {
        jdbc.update("DELETE FROM township_total WHERE period IN (?, ?)", MAY, JUNE);
        jdbc.update("DELETE FROM village_total WHERE period = ?", JUNE);
        jdbc.update("INSERT INTO township_total (period, indicator, \"value\", villages, computed_at, job_execution_id) "
                + "VALUES (?, 'toilet.households', 4637, 43, CURRENT_TIMESTAMP, 0), "
                + "(?, 'toilet.households', 5000.5, 2, CURRENT_TIMESTAMP, 0), "
                + "(?, 'road.segments', 9, 2, CURRENT_TIMESTAMP, 0)", MAY, JUNE, JUNE);
        jdbc.update("INSERT INTO village_total (period, village_code, indicator, \"value\") VALUES "
                + "(?, ?, 'returns.received', 1), (?, ?, 'toilet.households', 120), (?, ?, 'road.segments', 4), "
                + "(?, ?, 'returns.received', 1), (?, ?, 'toilet.households', 80), (?, ?, 'road.segments', 5)",
                JUNE, ZHENLI, JUNE, ZHENLI, JUNE, ZHENLI, JUNE, QUANLI, JUNE, QUANLI, JUNE, QUANLI);
    }

    @Test
    void shouldDrawTheTownshipTotalsOfTwelvePeriodsWithGapsAndEachVillagesValue() throws Exception {
        // when the county opens June 2019 (卫生改厕户数 unless another indicator is picked)
        String page = mvc.perform(get("/periods").param("period", JUNE).with(user(as("county"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        // then the line runs from July 2018 to June 2019: ten periods are gaps, May and June are joined
        assertThat(page).contains("<svg id=\"trend-chart\"").contains("2018-07：无数据").contains("2019-04：无数据")
                .contains("<title>2019-05：4637</title>").contains("<title>2019-06：5000.5</title>")
                .contains("points=\"660,28.7 720,20\"").doesNotContain("2018-06");
        // and the villages' chart has a bar for each of the two that reported, the others none
        assertThat(page).contains("<svg id=\"village-chart\"")
                .contains("<title>镇里村（370982104201）：120</title>").contains("<title>泉里村（370982104202）：80</title>")
                .contains("x=\"62\" y=\"20\" width=\"12\" height=\"120\"")
                .contains("x=\"78\" y=\"60\" width=\"12\" height=\"80\"");
        assertThat(page.split("class=\"column\"", -1)).hasSize(3);
    }

    @Test
    void shouldDrawTheIndicatorPickedAndKeepItWhenTheMonthChanges() throws Exception {
        String page = mvc.perform(get("/periods").param("period", JUNE).param("indicator", "road.segments")
                        .with(user(as("op"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("硬化道路条数（条）").contains("<title>2019-06：9</title>").contains("2019-05：无数据")
                .contains("<title>泉里村（370982104202）：5</title>").doesNotContain("2019-06：5000.5")
                .contains("href=\"/periods?period=2019-05&amp;indicator=road.segments\"");
    }

    @Test
    void shouldRefuseAnIndicatorThatDoesNotExist() throws Exception {
        mvc.perform(get("/periods").param("period", JUNE).param("indicator", "toilet.nothing").with(user(as("op"))))
                .andExpect(status().isBadRequest());
    }
}
