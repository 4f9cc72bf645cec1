package cn.villagestats.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;

import cn.villagestats.operations.RunView;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A village's page: its return, its problems with 身份证号 masked, its feedback and template; no other village's. */
class VillagePageTests extends ConsoleTestSupport {

    private static final String NOVEMBER = "2020-11";
    private static boolean consolidated;

    @BeforeEach
    void novemberWithABadReturnOf镇里村() throws Exception {
        if (consolidated) {
            return;
        }
        Path inbox = Files.createDirectories(ROOT.resolve("inbox").resolve(NOVEMBER));
        Files.write(inbox.resolve("镇里村.xlsx"), ConsoleReturns.withBadCells(ZHENLI, "镇里村", NOVEMBER));
        RunView run = finished(levers.start(YearMonth.parse(NOVEMBER)));
        assertThat(run.status()).isEqualTo("COMPLETED");
        consolidated = true;
    }

    @Test
    void shouldShowTheClerkItsReturnAndItsProblemsWithTheIdNumberMasked() throws Exception {
        String page = mvc.perform(get("/villages/" + ZHENLI).param("period", NOVEMBER).with(user(as("zhenli"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("镇里村.xlsx").contains("已报·有问题 (1 行)")
                .contains(ConsoleReturns.masked(ConsoleReturns.BAD_ID)).contains("水冲")
                .doesNotContain(ConsoleReturns.BAD_ID).contains("下载反馈表");
    }

    @Test
    void shouldLetTheClerkDownloadItsFeedbackAndTemplate() throws Exception {
        byte[] feedback = mvc.perform(get("/villages/" + ZHENLI + "/feedback").param("period", NOVEMBER)
                        .with(user(as("zhenli"))))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString(".xlsx")))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(feedback, 0, 2)).isEqualTo("PK");
        byte[] template = mvc.perform(get("/villages/" + ZHENLI + "/template").param("period", "2021-01")
                        .with(user(as("zhenli"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(template, 0, 2)).isEqualTo("PK");
    }

    @Test
    void shouldForbidAClerkAnotherVillagesPageFeedbackAndTemplate() throws Exception {
        mvc.perform(get("/villages/" + ZHENLI).param("period", NOVEMBER).with(user(as("quanli"))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/villages/" + ZHENLI + "/feedback").param("period", NOVEMBER).with(user(as("quanli"))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/villages/" + ZHENLI + "/template").param("period", NOVEMBER).with(user(as("quanli"))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/periods").param("period", NOVEMBER).with(user(as("quanli"))))
                .andExpect(status().isForbidden());
    }

    @Test
    void shouldLetTheCountyAndTheOperatorReadAnyVillage() throws Exception {
        mvc.perform(get("/villages/" + ZHENLI).param("period", NOVEMBER).with(user(as("county")))).andExpect(status().isOk());
        mvc.perform(get("/villages/" + QUANLI).param("period", NOVEMBER).with(user(as("op")))).andExpect(status().isOk());
    }

    @Test
    void shouldSendAClerkFromTheFrontDoorToItsOwnVillage() throws Exception {
        mvc.perform(get("/").with(user(as("quanli")))).andExpect(header().string("Location", "/villages/" + QUANLI));
        mvc.perform(get("/").with(user(as("county")))).andExpect(header().string("Location", "/periods"));
    }

    @Test
    void shouldShow报送情况WithTheVillageThatHasProblemsAndTheOthersMissing() throws Exception {
        String page = mvc.perform(get("/periods").param("period", NOVEMBER).with(user(as("op"))))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("已报 1/43").contains("已报·有问题 (1 行)");
        assertThat(page.split(">未报<", -1)).hasSize(43);
    }
}
