package cn.villagestats.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.villagestats.operations.RunView;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MvcResult;

/** 运行记录 and 报送情况 after the operator runs the period with the button. */
class RunsPageTests extends ConsoleTestSupport {

    @Test
    void shouldRunThePeriodWithTheButtonAndShow43Of43() throws Exception {
        // given the period's inbox holding the 43 sample returns
        samplesInbox();

        // when the operator presses 立即运行本期 for 2020-12
        MvcResult started = mvc.perform(post("/runs/start").param("period", "2020-12").with(csrf()).with(user(as("op"))))
                .andExpect(status().isFound()).andReturn();
        long id = Long.parseLong(started.getResponse().getRedirectedUrl().replace("/runs/", ""));
        RunView run = finished(id);

        // then the run completed, every return loaded, and 报送情况 shows all 43 villages reported
        assertThat(run.status()).isEqualTo("COMPLETED");
        assertThat(run.returnsLoaded()).isEqualTo(43);
        assertThat(run.returnsFound()).isEqualTo(43);
        String page = mvc.perform(get("/periods").param("period", "2020-12").with(user(as("county"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("已报 43/43").contains("<td class=\"num\">4637</td>").contains("泉里村").contains("370982104213.xls");
        assertThat(page.split("已报·通过", -1)).hasSize(44);
        String runs = mvc.perform(get("/runs").with(user(as("op")))).andReturn().getResponse().getContentAsString();
        assertThat(runs).contains("#" + id).contains("COMPLETED").contains("43/43");
        String progress = mvc.perform(get("/runs/" + id + "/progress").with(user(as("op"))))
                .andReturn().getResponse().getContentAsString();
        assertThat(progress).contains("\"returnsLoaded\":43").contains("\"running\":false");
        String audit = mvc.perform(get("/audit").with(user(as("op")))).andReturn().getResponse().getContentAsString();
        assertThat(audit).contains("op").contains("run").contains("2020-12").contains("run #" + id);

        // and 导出 offers the period's files to the county, and only those
        String exports = mvc.perform(get("/exports").param("period", "2020-12").with(user(as("county"))))
                .andReturn().getResponse().getContentAsString();
        assertThat(exports).contains("township-totals-2020-12.csv").contains("370982104-汶城镇-township-totals-2020-12.xlsx")
                .contains("rejected-rows-2020-12.csv").contains("returns-2020-12.csv");
        String csv = mvc.perform(get("/exports/2020-12/township-totals-2020-12.csv").with(user(as("county"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFFperiod,indicator,name,unit,value,villages")
                .contains("2020-12,toilet.households,卫生改厕户数,户,4637,43");
        mvc.perform(get("/exports/2020-12/..%2F..%2Fseeds%2Fvillages.csv").with(user(as("county"))))
                .andExpect(result -> assertThat(result.getResponse().getStatus()).isIn(400, 404));
        mvc.perform(get("/exports").with(user(as("zhenli")))).andExpect(status().isForbidden());
    }

    @Test
    void shouldRefuseARerunOfARunThatDoesNotExistInPlainWords() throws Exception {
        mvc.perform(post("/runs/9999/rerun").with(csrf()).with(user(as("op"))))
                .andExpect(redirectedUrl("/runs/9999"))
                .andExpect(flash().attribute("refused", "没有编号为 #9999 的作业 / there is no run #9999"));
    }

    @Test
    void shouldRefuseToRunAPeriodWithoutAnInbox() throws Exception {
        mvc.perform(post("/runs/start").param("period", "2019-01").with(csrf()).with(user(as("op"))))
                .andExpect(redirectedUrl("/runs"))
                .andExpect(flash().attribute("refused", org.hamcrest.Matchers.startsWith("本期收件箱不存在")));
    }

    @Test
    void shouldNotLetTheCountyOrAVillagePressAButton() throws Exception {
        mvc.perform(post("/runs/start").param("period", "2020-12").with(csrf()).with(user(as("county"))))
                .andExpect(status().isForbidden());
        mvc.perform(post("/runs/1/stop").with(csrf()).with(user(as("zhenli")))).andExpect(status().isForbidden());
        mvc.perform(get("/runs").with(user(as("zhenli")))).andExpect(status().isForbidden());
    }
}
