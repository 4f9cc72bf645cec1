package cn.villagestats.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import cn.villagestats.operations.RunView;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;

/** 上传: a clerk's return checked at once, kept under a name of ours, and consolidated by the next run. */
class UploadPageTests extends ConsoleTestSupport {

    private static final String JANUARY = "2021-01";
    private static final String FEBRUARY = "2021-02";

    @Test
    void shouldCheckABadReturnAtOnceThenTakeTheCorrectedOneWhichTheNextRunCounts() throws Exception {
        // when the clerk of 镇里村 uploads a return with a bad toilet row
        String answer = upload("zhenli", JANUARY, new MockMultipartFile("files", "镇里村报表.xlsx", null,
                ConsoleReturns.withBadCells(ZHENLI, "镇里村", JANUARY)));

        // then the page tells the outcome and the problems at once, the 身份证号 masked, with its feedback
        assertThat(answer).contains("接收：读取 2 行，接收 1 行，拒收 1 行")
                .contains(ConsoleReturns.masked(ConsoleReturns.BAD_ID)).doesNotContain(ConsoleReturns.BAD_ID)
                .contains("水冲").contains("下载反馈表");
        List<String> kept = inbox(JANUARY);
        assertThat(kept).hasSize(1);
        assertThat(kept.get(0)).matches(ZHENLI + "-\\d{8}-\\d{6}-\\d{3}\\.xlsx");
        Matcher link = Pattern.compile("href=\"(/upload/feedback/2021-01/[^\"]+)\"").matcher(answer);
        assertThat(link.find()).isTrue();
        byte[] feedback = mvc.perform(get(link.group(1)).with(user(as("zhenli")))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(feedback, 0, 2, StandardCharsets.ISO_8859_1)).isEqualTo("PK");
        mvc.perform(get(link.group(1)).with(user(as("quanli")))).andExpect(status().isForbidden());

        // when the corrected return follows and the operator runs the period
        Thread.sleep(5);
        String corrected = upload("zhenli", JANUARY, new MockMultipartFile("files", "镇里村报表.xlsx", null,
                ConsoleReturns.corrected(ZHENLI, "镇里村", JANUARY)));
        RunView run = finished(levers.start(YearMonth.parse(JANUARY)));

        // then it was accepted whole, and the run counts it and marks the first as replaced
        assertThat(corrected).contains("接收：读取 2 行，接收 2 行，拒收 0 行").doesNotContain("下载反馈表");
        assertThat(run.status()).isEqualTo("COMPLETED");
        String village = mvc.perform(get("/villages/" + ZHENLI).param("period", JANUARY).with(user(as("zhenli"))))
                .andReturn().getResponse().getContentAsString();
        assertThat(village).contains("已报·通过").contains("已被替换");
    }

    @Test
    void shouldRefuseAClerkAnotherVillagesReturnWith403AndKeepNothing() throws Exception {
        mvc.perform(multipart("/upload").file(new MockMultipartFile("files", "a.xlsx", null,
                                ConsoleReturns.corrected(ZHENLI, "镇里村", FEBRUARY)))
                        .param("period", FEBRUARY).with(csrf()).with(user(as("quanli"))))
                .andExpect(status().isForbidden());

        assertThat(allInbox(FEBRUARY)).isEmpty();
    }

    @Test
    void shouldKeepHostileNamesOffTheFileSystemAndNotKeepAFileThatIsNoWorkbook() throws Exception {
        // when the operator uploads a return named like a path, and a file that is no workbook
        String answer = upload("op", "2021-03",
                new MockMultipartFile("files", "../../../tmp/evil\u0000.xlsx", null,
                        ConsoleReturns.corrected(QUANLI, "泉里村", "2021-03")),
                new MockMultipartFile("files", "/etc/passwd" + "x".repeat(300), null,
                        "not a workbook at all".getBytes(StandardCharsets.UTF_8)));

        // then the return is kept under our name only, the other is answered and not kept
        assertThat(allInbox("2021-03")).singleElement().asString().matches(QUANLI + "-\\d{8}-\\d{6}-\\d{3}\\.xlsx");
        assertThat(Files.exists(ROOT.resolve("tmp"))).isFalse();
        assertThat(answer).contains("退回：").contains("未保存");
    }

    @Test
    void shouldRefuseAFileOverTheUploadLimit() throws Exception {
        mvc.perform(multipart("/upload").file(new MockMultipartFile("files", "big.xlsx", null, new byte[1024 * 1024 + 1]))
                        .param("period", "2021-04").with(csrf()).with(user(as("op"))))
                .andExpect(status().isPayloadTooLarge());
        assertThat(allInbox("2021-04")).isEmpty();
    }

    @Test
    void shouldNotLetTheCountyUpload() throws Exception {
        mvc.perform(multipart("/upload").file(new MockMultipartFile("files", "a.xlsx", null, new byte[10]))
                .param("period", "2021-05").with(csrf()).with(user(as("county")))).andExpect(status().isForbidden());
    }

    private String upload(String name, String period, MockMultipartFile... files) throws Exception {
        var request = multipart("/upload");
        for (MockMultipartFile file : files) {
            request.file(file);
        }
        return mvc.perform(request.param("period", period).with(csrf()).with(user(as(name))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private static List<String> inbox(String period) throws IOException {
        return allInbox(period).stream().filter(n -> !n.startsWith(".")).toList();
    }

    private static List<String> allInbox(String period) throws IOException {
        Path folder = ROOT.resolve("inbox").resolve(period);
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
