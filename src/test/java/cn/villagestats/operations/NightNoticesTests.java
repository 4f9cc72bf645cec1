package cn.villagestats.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import cn.villagestats.notification.LocalSmtpServer;
import cn.villagestats.notification.LocalWebhook;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code run}'s nights that reach a person, by mail to a local SMTP server and by a local webhook. */
class NightNoticesTests {

    @TempDir
    Path work;

    private LocalSmtpServer smtp;
    private LocalWebhook webhook;

    @BeforeEach
    void listen() throws IOException {
        smtp = new LocalSmtpServer();
        webhook = new LocalWebhook("{\"errcode\":0,\"errmsg\":\"ok\"}");
    }

    @AfterEach
    void stop() throws IOException {
        smtp.close();
        webhook.close();
    }

    @Test
    void shouldTellOfAFailedNightByMailAndWebhook() throws Exception {
        // given two returns and an export folder that cannot be made
        Path inbox = inboxOfTwoSamples();
        Files.writeString(work.resolve("out"), "in the way");

        // when
        int code = run("failed", "--inbox", inbox.toString());

        // then one message each, in Chinese: the period, what happened, what to do
        assertThat(code).isEqualTo(1);
        assertThat(smtp.received()).hasSize(1);
        MimeMessage mail = smtp.received().get(0);
        assertThat(mail.getSubject()).isEqualTo("villagestats 2020-12：夜间汇总失败");
        String text = ((String) mail.getContent()).strip().replace("\r\n", "\n");
        assertThat(text).startsWith("villagestats：2020-12 的夜间汇总失败（作业 #1：")
                .contains("处理：在服务器上运行 java -jar villagestats.jar status 查看原因，排除后运行 java -jar villagestats.jar rerun");
        assertThat(webhook.bodies()).containsExactly("{\"msgtype\":\"text\",\"text\":{\"content\":\""
                + text.replace("\n", "\\n") + "\"}}");
    }

    @Test
    void shouldTellOfVillagesMissingOnceTheReturnsWereDue() throws Exception {
        // given two of the 43 returns of 2020-12, due by 2021-01-05: long past
        Path inbox = inboxOfTwoSamples();

        // when
        int code = run("missing", "--inbox", inbox.toString());

        // then
        assertThat(code).isEqualTo(2);
        assertThat(smtp.received()).hasSize(1);
        assertThat(smtp.received().get(0).getSubject()).isEqualTo("villagestats 2020-12：41 个村未报");
        assertThat((String) smtp.received().get(0).getContent()).startsWith(
                "villagestats：2020-12 已汇总（作业 #1），仍有 41 个村未报：镇里村、");
        assertThat(webhook.bodies()).hasSize(1);
    }

    @Test
    void shouldSayNothingOfVillagesMissingWhenToldNeverTo() throws Exception {
        // when
        int code = run("never", "--inbox", inboxOfTwoSamples().toString(), "--villagestats.notify.missing-from-day=0");

        // then
        assertThat(code).isEqualTo(2);
        assertThat(smtp.received()).isEmpty();
        assertThat(webhook.bodies()).isEmpty();
    }

    @Test
    void shouldTellOfARefusedNight() throws Exception {
        // given no folder for the period under the inbox root
        Files.createDirectories(work.resolve("inbox-root"));

        // when
        int code = run("refused", "--villagestats.inbox-root=" + work.resolve("inbox-root"));

        // then
        assertThat(code).isEqualTo(3);
        assertThat(smtp.received()).hasSize(1);
        assertThat(smtp.received().get(0).getSubject()).isEqualTo("villagestats 2020-12：夜间汇总未运行");
        assertThat((String) smtp.received().get(0).getContent()).startsWith(
                "villagestats：2020-12 的夜间汇总未运行：收件箱不存在：" + work.resolve("inbox-root/2020-12").toAbsolutePath());
    }

    private int run(String database, String... options) {
        List<String> args = new ArrayList<>(List.of("run", "--period", "2020-12", "--out", work.resolve("out").toString(),
                "--spring.datasource.url=jdbc:h2:mem:notices-" + database + ";DB_CLOSE_DELAY=-1",
                "--spring.mail.host=127.0.0.1", "--spring.mail.port=" + smtp.port(),
                "--villagestats.notify.mail-to=tongji@example.cn", "--villagestats.notify.webhook-url=" + webhook.url()));
        args.addAll(List.of(options));
        PrintStream sink = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        return new VillageStatsCli(sink, sink).execute(args.toArray(String[]::new));
    }

    private Path inboxOfTwoSamples() throws IOException {
        Path inbox = Files.createDirectories(work.resolve("inbox"));
        try (Stream<Path> samples = Files.list(Path.of("input-samples")).sorted().limit(2)) {
            for (Path sample : samples.toList()) {
                Files.copy(sample, inbox.resolve(sample.getFileName()));
            }
        }
        return inbox;
    }
}
